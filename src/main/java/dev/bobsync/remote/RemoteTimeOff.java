package dev.bobsync.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.JsonValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Remote's time-off API as bobsync uses it: create approved time off, list, cancel. */
public final class RemoteTimeOff {
  private final ApiClient api;
  private final ObjectMapper json;

  public RemoteTimeOff(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
    this.json = api.json();
  }

  /** The time-off calls of an existing Remote client, sharing its budget and call counts. */
  public static RemoteTimeOff of(RemoteClient client) {
    return new RemoteTimeOff(Objects.requireNonNull(client, "client").api());
  }

  /**
   * Creates approved time off. Remote has no idempotency keys, so this is never retried once it may
   * have reached Remote: after a lost answer, callers {@link #list} and look before trying again.
   */
  public TimeOff create(NewTimeOff t, Instant approvedAt) {
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(approvedAt, "approvedAt");
    ObjectNode body = json.createObjectNode();
    body.put("employment_id", t.employmentId())
        .put("timeoff_type", t.type())
        .put("status", "approved")
        .put("approved_at", approvedAt.toString())
        .put("start_date", t.startDate().toString())
        .put("end_date", t.endDate().toString())
        .put("timezone", t.timezone())
        // Remote requires the key; null: approved in HiBob, by no one in Remote.
        .putNull("approver_id");
    ArrayNode days = body.putArray("timeoff_days");
    t.days().forEach(d -> days.addObject().put("day", d.day().toString()).put("hours", d.hours()));
    if (t.notes() != null) {
      body.put("notes", t.notes());
    }
    ApiRequest request =
        ApiRequest.postWrite("create time off", "/v1/timeoff", JsonValues.bytes(json, body));
    return timeOff(RemoteClient.data(api, request, api.json(request)).path("timeoff"));
  }

  /** Every time off of one employment, of one status or any ({@code null}), page by page. */
  public List<TimeOff> list(String employmentId, String status) {
    Objects.requireNonNull(employmentId, "employmentId");
    List<TimeOff> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      ApiRequest request =
          ApiRequest.get("list time off of employment " + employmentId, "/v1/timeoff")
              .withQuery("employment_id", employmentId)
              .withQuery("status", status)
              .withQuery("page", page)
              .withQuery("page_size", RemoteClient.PAGE_SIZE);
      JsonNode data = RemoteClient.data(api, request, api.json(request));
      JsonNode items = data.path("timeoffs");
      items.forEach(t -> all.add(timeOff(t)));
      if (page >= data.path("total_pages").asInt(1) || items.isEmpty()) {
        return all;
      }
    }
  }

  /**
   * Cancels time off. Not retried here after a lost answer; repeating it is harmless, though
   * (Remote answers 409 the second time).
   */
  public TimeOff cancel(String timeOffId, String reason) {
    Objects.requireNonNull(timeOffId, "timeOffId");
    Objects.requireNonNull(reason, "reason");
    ObjectNode body = json.createObjectNode().put("cancel_reason", reason);
    ApiRequest request =
        ApiRequest.postWrite(
            "cancel time off " + timeOffId,
            "/v1/timeoff/" + encode(timeOffId) + "/cancel",
            JsonValues.bytes(json, body));
    return timeOff(RemoteClient.data(api, request, api.json(request)).path("timeoff"));
  }

  /** Reads Remote's time-off shape. */
  static TimeOff timeOff(JsonNode t) {
    List<TimeOffDay> days = new ArrayList<>();
    for (JsonNode d : t.path("timeoff_days")) {
      LocalDate day = JsonValues.date(JsonValues.text(d, "day"));
      if (day != null) {
        days.add(new TimeOffDay(day, d.path("hours").asInt()));
      }
    }
    return new TimeOff(
        t.path("id").asText(),
        JsonValues.text(t, "employment_id"),
        JsonValues.text(t, "timeoff_type"),
        JsonValues.text(t, "status"),
        JsonValues.date(JsonValues.text(t, "start_date")),
        JsonValues.date(JsonValues.text(t, "end_date")),
        JsonValues.text(t, "timezone"),
        days,
        JsonValues.text(t, "notes"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
