package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.JsonValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
   * The feed entries with {@code since <= createdOn < to}, oldest first. HiBob refuses a {@code
   * since} older than about six months. Without {@code includePending} an approval shows as a
   * {@code Created} entry; with it, a request shows when it is filed and its approval not at all.
   */
  public List<TimeOffChange> changes(Instant since, Instant to, boolean includePending) {
    Objects.requireNonNull(since, "since");
    ApiRequest request =
        ApiRequest.get("time-off change feed", "/timeoff/requests/changes")
            .withQuery("since", since.toString())
            .withQuery("to", to == null ? null : to.toString())
            .withQuery("includePending", includePending);
    JsonNode answer = api.json(request);
    if (answer == null || !answer.path("changes").isArray()) {
      throw new ApiProtocolException(
          api.settings(), request.name(), 200, "the answer has no \"changes\" array", null);
    }
    List<TimeOffChange> changes = new ArrayList<>();
    for (JsonNode c : answer.get("changes")) {
      String requestId = JsonValues.text(c, "requestId");
      Instant at = instant(JsonValues.text(c, "createdOn"));
      if (requestId == null || at == null || JsonValues.text(c, "changeType") == null) {
        throw new ApiProtocolException(
            api.settings(),
            request.name(),
            200,
            "a change carries no requestId, changeType or createdOn: " + c,
            null);
      }
      changes.add(
          new TimeOffChange(
              JsonValues.text(c, "changeType"),
              requestId,
              JsonValues.text(c, "employeeId"),
              JsonValues.text(c, "employeeEmail"),
              JsonValues.text(c, "policyTypeDisplayName"),
              JsonValues.text(c, "type"),
              JsonValues.date(JsonValues.text(c, "startDate")),
              JsonValues.text(c, "startPortion"),
              JsonValues.date(JsonValues.text(c, "endDate")),
              JsonValues.text(c, "endPortion"),
              number(c, "totalDuration"),
              JsonValues.text(c, "changeReason"),
              at,
              JsonValues.text(c, "previousRequestId")));
    }
    return changes;
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
      throw new ApiProtocolException(
          api.settings(), request.name(), 200, "the answer is not a JSON object", null);
    }
    return Optional.of(
        new TimeOffDetails(
            Optional.ofNullable(JsonValues.text(r, "requestId")).orElse(requestId),
            Optional.ofNullable(JsonValues.text(r, "employeeId")).orElse(employeeId),
            JsonValues.text(r, "policyTypeDisplayName"),
            JsonValues.text(r, "type"),
            JsonValues.text(r, "status"),
            JsonValues.date(JsonValues.text(r, "startDate")),
            JsonValues.text(r, "startDatePortion"),
            JsonValues.date(JsonValues.text(r, "endDate")),
            JsonValues.text(r, "endDatePortion"),
            number(r, "hours"),
            number(r, "totalDuration"),
            JsonValues.text(r, "previousRequestId")));
  }

  /** The company's time-off policy type names. */
  public List<String> policyTypes() {
    ApiRequest request = ApiRequest.get("time-off policy types", "/timeoff/policy-types");
    JsonNode answer = api.json(request);
    List<String> types = new ArrayList<>();
    if (answer != null) {
      answer.path("policyTypes").forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    try {
      return Double.valueOf(value.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
