package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Remote's rules for time off created through the API: approved only, for active employees and
 * Global Payroll employees, whole hours from 1 to 8 per day, days inside the period.
 */
final class TimeoffRules {
  static final List<String> TYPES =
      List.of(
          "time_off",
          "sick_leave",
          "public_holiday",
          "unpaid_leave",
          "extended_leave",
          "in_lieu_time",
          "maternity_leave",
          "paternity_leave",
          "parental_leave",
          "bereavement",
          "military_leave",
          "other",
          "paid_time_off",
          "custom_company_leave",
          "rtt",
          "casual_leave",
          "rol",
          "ex_festivita");
  static final String DEFAULT_TYPE = "paid_time_off";
  static final int MAX_HOURS_PER_DAY = 8;

  private TimeoffRules() {}

  /**
   * The time off a {@code POST /v1/timeoff} body (or a fixture entry, which may also be {@code
   * cancelled} and may leave out {@code approved_at} and {@code approver_id}) describes; what is
   * wrong is added to {@code errors}. {@code timeoff_type} is optional ({@code paid_time_off});
   * {@code approver_id} must be present, {@code null} or a company manager's user id.
   */
  static Timeoff read(
      ObjectNode body,
      String id,
      Instant now,
      boolean fixture,
      Predicate<String> isManager,
      ValidationErrors errors) {
    boolean allowCancelled = fixture;
    String employmentId = required(body, "employment_id", errors);
    String type = JsonBodies.text(body, "timeoff_type", "timeoff_type", errors);
    type = type == null ? DEFAULT_TYPE : type;
    if (!TYPES.contains(type)) {
      errors.add("timeoff_type", "is not one of " + String.join(", ", TYPES));
    }
    String status = required(body, "status", errors);
    boolean known =
        Timeoff.APPROVED.equals(status) || allowCancelled && Timeoff.CANCELLED.equals(status);
    if (status != null && !known) {
      errors.add("status", "must be approved: only approved time off can be created");
    }
    LocalDate start = date(body, "start_date", errors);
    LocalDate end = date(body, "end_date", errors);
    if (start != null && end != null && end.isBefore(start)) {
      errors.add("end_date", "must not be before start_date");
    }
    String timezone = required(body, "timezone", errors);
    if (timezone != null && !isZone(timezone)) {
      errors.add("timezone", "is not a time zone (e.g. Europe/Lisbon)");
    }
    List<Timeoff.Day> days = days(body.get("timeoff_days"), start, end, errors);
    String approverId = JsonBodies.text(body, "approver_id", "approver_id", errors);
    if (!fixture && !body.has("approver_id")) {
      errors.add("approver_id", "is required (it may be null)");
    } else if (approverId != null && !isManager.test(approverId)) {
      errors.add("approver_id", "is not a company manager's user id");
    }
    if (!fixture && !body.hasNonNull("approved_at") && !errors.has("approved_at")) {
      errors.add("approved_at", "can't be blank");
    }
    return new Timeoff(
        id,
        employmentId == null ? "" : employmentId,
        type,
        status == null ? Timeoff.APPROVED : status,
        approvedAt(body, now, errors),
        approverId,
        start,
        end,
        timezone,
        days,
        JsonBodies.text(body, "notes", "notes", errors),
        JsonBodies.text(body, "cancel_reason", "cancel_reason", errors),
        now,
        now);
  }

  /** Time off only for active employees and Global Payroll employees, never contractors. */
  static void checkEmployment(Employment employment, ValidationErrors errors) {
    if (employment == null || employment.status() == EmploymentStatus.DELETED) {
      errors.add("employment_id", "is not an employment of this company");
    } else if (employment.type() == EmploymentType.CONTRACTOR) {
      errors.add("employment_id", "is a contractor: time off is for employees only");
    } else if (employment.status() != EmploymentStatus.ACTIVE) {
      errors.add(
          "employment_id",
          "is in status " + employment.status().wire() + ": time off needs an active employment");
    }
  }

  /** At most 8 hours per day across all of an employment's time off that is not cancelled. */
  static void checkDailyTotal(Timeoff next, Collection<Timeoff> existing, ValidationErrors errors) {
    Map<LocalDate, Integer> hours = new HashMap<>();
    existing.stream()
        .filter(t -> t.employmentId().equals(next.employmentId()) && !t.cancelled())
        .flatMap(t -> t.days().stream())
        .forEach(d -> hours.merge(d.day(), d.hours(), Integer::sum));
    for (Timeoff.Day day : next.days()) {
      int total = hours.getOrDefault(day.day(), 0) + day.hours();
      if (total > MAX_HOURS_PER_DAY) {
        errors.add(
            "timeoff_days",
            day.day() + " would have " + total + " hours of time off, more than 8 (overlap?)");
      }
    }
  }

  private static List<Timeoff.Day> days(
      JsonNode node, LocalDate start, LocalDate end, ValidationErrors errors) {
    String field = "timeoff_days";
    if (node == null || !node.isArray() || node.isEmpty()) {
      errors.add(field, "must list at least one day");
      return List.of();
    }
    List<Timeoff.Day> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (JsonNode entry : node) {
      LocalDate day = parseDate(entry.path("day").asText(""));
      JsonNode hours = entry.path("hours");
      if (day == null) {
        errors.add(field, "has an entry without a day (YYYY-MM-DD)");
      } else if (start != null && end != null && (day.isBefore(start) || day.isAfter(end))) {
        errors.add(field, day + " is outside " + start + ".." + end);
      } else if (!seen.add(day)) {
        errors.add(field, day + " is listed twice");
      } else if (!hours.isIntegralNumber()) {
        errors.add(field, day + " must have whole hours");
      } else if (hours.asInt() < 1 || hours.asInt() > MAX_HOURS_PER_DAY) {
        errors.add(field, day + " must have 1 to 8 hours, not " + hours.asInt());
      } else {
        days.add(new Timeoff.Day(day, hours.asInt()));
      }
    }
    return days;
  }

  private static Instant approvedAt(ObjectNode body, Instant now, ValidationErrors errors) {
    String text = JsonBodies.text(body, "approved_at", "approved_at", errors);
    if (text == null) {
      return now;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      errors.add("approved_at", "is not an ISO 8601 date-time");
      return now;
    }
  }

  private static String required(ObjectNode body, String field, ValidationErrors errors) {
    String value = JsonBodies.text(body, field, field, errors);
    if (JsonBodies.isBlank(value) && !errors.has(field)) {
      errors.add(field, "can't be blank");
      return null;
    }
    return value;
  }

  private static LocalDate date(ObjectNode body, String field, ValidationErrors errors) {
    String text = required(body, field, errors);
    LocalDate date = text == null ? null : parseDate(text);
    if (text != null && date == null) {
      errors.add(field, "is not a date (YYYY-MM-DD)");
    }
    return date;
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
