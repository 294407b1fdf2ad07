package dev.bobsync.emulator.hibob;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A time-off request to add: whole or half days, or, when {@code hours} is set, a number of hours
 * on one day.
 */
public record TimeOffDraft(
    String employeeId,
    String policyType,
    String status,
    LocalDate startDate,
    String startDatePortion,
    LocalDate endDate,
    String endDatePortion,
    Double hours) {

  static final Set<String> STATUSES = Set.of("approved", "pending", "declined", "canceled");
  static final Set<String> PORTIONS = Set.of("all_day", "morning", "afternoon");

  public TimeOffDraft {
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(startDate, "startDate");
    policyType = policyType == null ? "Holiday" : policyType;
    status = status == null ? "pending" : status;
    endDate = endDate == null ? startDate : endDate;
    startDatePortion = startDatePortion == null ? "all_day" : startDatePortion;
    endDatePortion = endDatePortion == null ? "all_day" : endDatePortion;
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", not " + status);
    }
    if (!PORTIONS.contains(startDatePortion) || !PORTIONS.contains(endDatePortion)) {
      throw new IllegalArgumentException("portions must be one of " + PORTIONS);
    }
    if (endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("endDate " + endDate + " is before startDate");
    }
    if (hours != null && (hours <= 0 || !endDate.equals(startDate))) {
      throw new IllegalArgumentException("hours must be positive and on a single day");
    }
  }

  /** The same request with another status. */
  public TimeOffDraft withStatus(String newStatus) {
    return new TimeOffDraft(
        employeeId,
        policyType,
        newStatus,
        startDate,
        startDatePortion,
        endDate,
        endDatePortion,
        hours);
  }

  /** The same request with other dates, keeping everything else. */
  public TimeOffDraft withDates(
      LocalDate start, String startPortion, LocalDate end, String endPortion, Double newHours) {
    return new TimeOffDraft(
        employeeId, policyType, status, start, startPortion, end, endPortion, newHours);
  }
}
