package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The time-off change feed, request details and policy types ({@code /v1/timeoff/...}). */
final class TimeOffRoutes {
  /** How far back {@code since} may reach. */
  static final int MAX_SINCE_MONTHS = 6;

  private final LiveCompany company;
  private final Replies replies;
  private final Clock clock;
  private final Supplier<AnswerShapes> shapes;

  TimeOffRoutes(LiveCompany company, Replies replies, Clock clock, Supplier<AnswerShapes> shapes) {
    this.company = company;
    this.replies = replies;
    this.clock = clock;
    this.shapes = shapes;
  }

  void register(ApiRoutes api) {
    api.get("/v1/timeoff/requests/changes", Bucket.READ, this::changes);
    api.get("/v1/timeoff/employees/{id}/requests/{requestId}", Bucket.READ, this::request);
    api.get("/v1/timeoff/policy-types", Bucket.READ, this::policyTypes);
  }

  private void changes(Context ctx, Caller caller) {
    Instant since = instant(ctx.queryParam("since"), "since");
    if (since == null) {
      throw ApiError.badRequest("exception.bad.request", "since is required");
    }
    Instant oldest =
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
            .minusMonths(MAX_SINCE_MONTHS)
            .toInstant();
    if (since.isBefore(oldest)) {
      throw ApiError.badRequest(
          "exception.timeoff.since",
          "since must be within the last "
              + MAX_SINCE_MONTHS
              + " months (not before "
              + oldest
              + ")");
    }
    Instant to = instant(ctx.queryParam("to"), "to");
    boolean pending = "true".equalsIgnoreCase(ctx.queryParam("includePending"));
    CompanySnapshot s = company.snapshot();
    Field email = s.fields().require(StandardFields.EMAIL);
    List<Map<String, Object>> out = new ArrayList<>();
    for (TimeOffChange c : s.timeOff().changes(since, to == null ? Instant.MAX : to, pending)) {
      TimeOffRequest r = c.request();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("changeType", c.changeType());
      m.put("requestId", r.requestId());
      m.put("employeeId", r.employeeId());
      m.put("employeeEmail", s.people().byId(r.employeeId()).map(e -> e.text(email)).orElse(null));
      m.put("policyTypeDisplayName", r.policyType());
      putSpan(m, r, "startPortion", "endPortion");
      m.put("changeReason", c.changeReason());
      if (shapes.get().feedCreatedOn()) {
        m.put("createdOn", c.at().toString());
      }
      putChain(m, r);
      out.add(m);
    }
    replies.json(ctx, 200, Map.of("changes", out));
  }

  /** Request details with status; a deleted request, or another employee's, is 404. */
  private void request(Context ctx, Caller caller) {
    String employeeId = ctx.pathParam("id");
    String requestId = ctx.pathParam("requestId");
    TimeOffRequest r;
    try {
      r =
          company
              .snapshot()
              .timeOff()
              .request(Long.parseLong(requestId))
              .filter(x -> x.employeeId().equals(employeeId))
              .orElse(null);
    } catch (NumberFormatException e) {
      r = null;
    }
    if (r == null) {
      throw ApiError.notFound(
          "exception.timeoff.request.not.found",
          "Time off request " + requestId + " of employee " + employeeId + " not found");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("employeeId", r.employeeId());
    m.put("requestId", r.requestId());
    m.put("policyTypeDisplayName", r.policyType());
    m.put("status", r.status());
    m.put("approved", r.status().equals("approved"));
    putSpan(m, r, "startDatePortion", "endDatePortion");
    putChain(m, r);
    replies.json(ctx, 200, m);
  }

  /**
   * What the request asks, in the fields of its type: portions for {@code days} (named as the feed
   * or the details name them), {@code dayPortion}, {@code date} and {@code hoursOnDate}, {@code
   * dailyHours}, or {@code durations}.
   */
  private static void putSpan(
      Map<String, Object> m, TimeOffRequest r, String startPortion, String endPortion) {
    m.put("type", r.type());
    m.put("startDate", r.startDate().toString());
    m.put(startPortion, r.inDays() ? r.startDatePortion() : null);
    m.put("endDate", r.endDate().toString());
    m.put(endPortion, r.inDays() ? r.endDatePortion() : null);
    switch (r.type()) {
      case "portionOnRange" -> m.put("dayPortion", r.dayPortion());
      case "hours" -> {
        m.put("date", r.startDate().toString());
        m.put("hoursOnDate", Values.number(r.hours()));
      }
      case "hoursOnRange" -> m.put("dailyHours", Values.number(r.dailyHours()));
      case "days" -> {}
      default -> {
        List<Map<String, Object>> days = new ArrayList<>();
        for (TimeOffDraft.DayDuration d : r.durations()) {
          days.add(
              JsonMaps.of("date", d.date().toString(), "hours", d.hours(), "minutes", d.minutes()));
        }
        m.put("durations", days);
      }
    }
    m.put("durationUnit", r.durationUnit());
    m.put("totalDuration", Values.number(r.totalDuration()));
  }

  private static void putChain(Map<String, Object> m, TimeOffRequest r) {
    if (r.previousRequestId() != null) {
      m.put("previousRequestId", r.previousRequestId());
    }
    if (r.originalRequestId() != null) {
      m.put("originalRequestId", r.originalRequestId());
    }
  }

  private void policyTypes(Context ctx, Caller caller) {
    replies.json(ctx, 200, Map.of("policyTypes", company.snapshot().policyTypes()));
  }

  private static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "exception.bad.request", name + " must be an ISO date-time such as 2027-01-01T00:00:00Z");
    }
  }
}
