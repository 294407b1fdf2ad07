package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
      String requestId = text(c, "requestId");
      Instant at = instant(text(c, "createdOn"));
      if (requestId == null || at == null || text(c, "changeType") == null) {
        throw new ApiProtocolException(
            api.settings(),
            request.name(),
            200,
            "a change carries no requestId, changeType or createdOn: " + c,
            null);
      }
      changes.add(
          new TimeOffChange(
              text(c, "changeType"),
              requestId,
              text(c, "employeeId"),
              text(c, "employeeEmail"),
              text(c, "policyTypeDisplayName"),
              text(c, "type"),
              date(text(c, "startDate")),
              text(c, "startPortion"),
              date(text(c, "endDate")),
              text(c, "endPortion"),
              number(c, "totalDuration"),
              text(c, "changeReason"),
              at,
              text(c, "previousRequestId")));
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
            Optional.ofNullable(text(r, "requestId")).orElse(requestId),
            Optional.ofNullable(text(r, "employeeId")).orElse(employeeId),
            text(r, "policyTypeDisplayName"),
            text(r, "type"),
            text(r, "status"),
            date(text(r, "startDate")),
            text(r, "startDatePortion"),
            date(text(r, "endDate")),
            text(r, "endDatePortion"),
            number(r, "hours"),
            number(r, "totalDuration"),
            text(r, "previousRequestId")));
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

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
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

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
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
