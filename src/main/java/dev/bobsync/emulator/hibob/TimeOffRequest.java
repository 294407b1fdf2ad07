package dev.bobsync.emulator.hibob;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    Long previousRequestId,
    String type,
    String dayPortion,
    Double dailyHours,
    List<TimeOffDraft.DayDuration> durations,
    Long originalRequestId) {

  static TimeOffRequest of(
      long id, TimeOffDraft d, Instant createdOn, Long previousRequestId, Long originalRequestId) {
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
        previousRequestId,
        d.type(),
        d.dayPortion(),
        d.dailyHours(),
        d.durations(),
        originalRequestId);
  }

  /** Whether it is a request of whole or half days, the only type with start and end portions. */
  public boolean inDays() {
    return type.equals("days");
  }

  /** {@code hours} for requests in hours, else {@code days}. */
  public String durationUnit() {
    return inDays() || type.equals("portionOnRange") ? "days" : "hours";
  }

  /**
   * Working days (Monday to Friday, half days counted as 0.5) or the hours asked, over the whole
   * request.
   */
  public double totalDuration() {
    if (hours != null) {
      return hours;
    }
    if (!durations.isEmpty()) {
      return durations.stream().mapToDouble(TimeOffDraft.DayDuration::asHours).sum();
    }
    if (!inDays()) {
      double per = type.equals("portionOnRange") ? 0.5 : dailyHours == null ? 0 : dailyHours;
      return per * weekdays();
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

  private int weekdays() {
    int n = 0;
    for (LocalDate d = startDate; !d.isAfter(endDate); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n++;
      }
    }
    return n;
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
        hours,
        type,
        dayPortion,
        dailyHours,
        durations);
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
        previousRequestId,
        type,
        dayPortion,
        dailyHours,
        durations,
        originalRequestId);
  }
}
