package dev.bobsync.remote;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One time off in Remote.
 *
 * @param status {@code approved} or {@code cancelled}
 * @param notes free text; bobsync puts the HiBob request id here
 */
public record TimeOff(
    String id,
    String employmentId,
    String type,
    String status,
    LocalDate startDate,
    LocalDate endDate,
    String timezone,
    List<TimeOffDay> days,
    String notes) {

  public TimeOff {
    Objects.requireNonNull(id, "id");
    days = days == null ? List.of() : List.copyOf(days);
  }

  public boolean cancelled() {
    return "cancelled".equalsIgnoreCase(status) || "canceled".equalsIgnoreCase(status);
  }
}
