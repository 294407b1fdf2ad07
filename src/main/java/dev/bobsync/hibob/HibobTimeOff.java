package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.JsonValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** HiBob's time-off API as bobsync uses it: the change feed, request details, policy types. */
public final class HibobTimeOff {
  private final ApiClient api;

  public HibobTimeOff(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The time-off calls of an existing HiBob client, sharing its budget and call counts. */
  public static HibobTimeOff of(HibobClient client) {
    return new HibobTimeOff(Objects.requireNonNull(client, "client").api());
  }

  /**
   * The feed entries changed from {@code since} to {@code to}, oldest first. HiBob refuses a {@code
   * since} older than about six months. Without {@code includePending} an approval shows as a
   * {@code Created} entry; with it, a request shows when it is filed and its approval not at all.
   */
  public List<TimeOffChange> changes(Instant since, Instant to, boolean includePending) {
    return feed(since, to, includePending).changes();
  }

  /**
   * The same feed with the entries that could not be read: an entry without a request id is left
   * out and named; one without {@code createdOn}, dates or a known type is read as far as it goes.
   * An answer without a {@code changes} array fails the call.
   */
  public TimeOffFeed feed(Instant since, Instant to, boolean includePending) {
    Objects.requireNonNull(since, "since");
    ApiRequest request =
        ApiRequest.get("time-off change feed", "/timeoff/requests/changes")
            .withQuery("since", since.toString())
            .withQuery("to", to == null ? null : to.toString())
            .withQuery("includePending", includePending);
    JsonNode answer = api.json(request);
    if (answer == null || !answer.path("changes").isArray()) {
      throw Answers.misfit(
          api.settings(), request, "expected {\"changes\": [...]}, got " + Answers.kind(answer));
    }
    List<TimeOffChange> changes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int position = 0;
    for (JsonNode c : answer.get("changes")) {
      position++;
      String requestId = c.isObject() ? JsonValues.text(c, "requestId") : null;
      if (requestId == null || requestId.isBlank()) {
        skipped.add(
            "HiBob's time-off change feed sent an entry (number "
                + position
                + ") without a requestId"
                + (c.isObject() ? " (employee " + JsonValues.text(c, "employeeId") + ")" : "")
                + ": it is left out.");
        continue;
      }
      changes.add(
          new TimeOffChange(
              JsonValues.text(c, "changeType"),
              requestId,
              JsonValues.text(c, "employeeId"),
              JsonValues.text(c, "employeeEmail"),
              JsonValues.text(c, "policyTypeDisplayName"),
              TimeOffSpans.read(c),
              JsonValues.text(c, "changeReason"),
              Answers.instant(JsonValues.text(c, "createdOn")),
              position,
              JsonValues.text(c, "previousRequestId"),
              JsonValues.text(c, "originalRequestId")));
    }
    return new TimeOffFeed(changes, skipped);
  }

  /** One request's details, or empty when HiBob answers 404 (deleted, or not that employee's). */
  public Optional<TimeOffDetails> request(String employeeId, String requestId) {
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(requestId, "requestId");
    ApiRequest request =
        ApiRequest.get(
            "time-off request " + requestId,
            "/timeoff/employees/" + encode(employeeId) + "/requests/" + encode(requestId));
    JsonNode r;
    try {
      r = api.json(request);
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    if (r == null || !r.isObject()) {
      throw Answers.misfit(
          api.settings(), request, "expected a request object, got " + Answers.kind(r));
    }
    return Optional.of(
        new TimeOffDetails(
            Optional.ofNullable(JsonValues.text(r, "requestId")).orElse(requestId),
            Optional.ofNullable(JsonValues.text(r, "employeeId")).orElse(employeeId),
            JsonValues.text(r, "policyTypeDisplayName"),
            JsonValues.text(r, "status"),
            TimeOffSpans.read(r),
            JsonValues.text(r, "previousRequestId"),
            JsonValues.text(r, "originalRequestId")));
  }

  /** The company's time-off policy type names. */
  public List<String> policyTypes() {
    ApiRequest request = ApiRequest.get("time-off policy types", "/timeoff/policy-types");
    JsonNode answer = api.json(request);
    if (answer == null || !answer.path("policyTypes").isArray()) {
      throw Answers.misfit(
          api.settings(),
          request,
          "expected {\"policyTypes\": [...]}, got " + Answers.kind(answer));
    }
    List<String> types = new ArrayList<>();
    answer.path("policyTypes").forEach(t -> types.add(t.asText()));
    return types;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
