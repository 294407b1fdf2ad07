package dev.bobsync.remote;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Approved time off to create in Remote: whole hours from 1 to 8 on days inside {@code
 * startDate..endDate}, in an IANA {@code timezone}.
 */
public record NewTimeOff(
    String employmentId,
    String type,
    LocalDate startDate,
    LocalDate endDate,
    String timezone,
    List<TimeOffDay> days,
    String notes) {

  public NewTimeOff {
    Objects.requireNonNull(employmentId, "employmentId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(timezone, "timezone");
    days = List.copyOf(days);
  }

  /** Total hours over all days. */
  public int hours() {
    return days.stream().mapToInt(TimeOffDay::hours).sum();
  }
}
