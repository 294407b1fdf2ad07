package dev.bobsync.emulator.hibob;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/** A time-off request as HiBob's request details show it. */
public record TimeOffRequest(
    long requestId,
    String employeeId,
    String policyType,
    String status,
    LocalDate startDate,
    String startDatePortion,
    LocalDate endDate,
    String endDatePortion,
    Double hours,
    Instant createdOn,
    Long previousRequestId) {

  static TimeOffRequest of(long id, TimeOffDraft d, Instant createdOn, Long previousRequestId) {
    return new TimeOffRequest(
        id,
        d.employeeId(),
        d.policyType(),
        d.status(),
        d.startDate(),
        d.startDatePortion(),
        d.endDate(),
        d.endDatePortion(),
        d.hours(),
        createdOn,
        previousRequestId);
  }

  /** {@code days} or {@code hours}, the request types the emulator models. */
  public String type() {
    return hours == null ? "days" : "hours";
  }

  public String durationUnit() {
    return type();
  }

  /** Working days (Monday to Friday, half days counted as 0.5) or the hours asked. */
  public double totalDuration() {
    if (hours != null) {
      return hours;
    }
    double days = 0;
    for (LocalDate d = startDate; !d.isAfter(endDate); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    if (!"all_day".equals(startDatePortion)) {
      days -= 0.5;
    }
    if (!startDate.equals(endDate) && !"all_day".equals(endDatePortion)) {
      days -= 0.5;
    }
    return Math.max(0, days);
  }

  TimeOffDraft toDraft() {
    return new TimeOffDraft(
        employeeId,
        policyType,
        status,
        startDate,
        startDatePortion,
        endDate,
        endDatePortion,
        hours);
  }

  TimeOffRequest withStatus(String newStatus) {
    return new TimeOffRequest(
        requestId,
        employeeId,
        policyType,
        newStatus,
        startDate,
        startDatePortion,
        endDate,
        endDatePortion,
        hours,
        createdOn,
        previousRequestId);
  }
}
