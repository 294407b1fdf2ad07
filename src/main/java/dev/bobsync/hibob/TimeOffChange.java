package dev.bobsync.hibob;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of HiBob's time-off change feed. Dates that HiBob sent but that cannot be read are
 * {@code null}; the sync reports them per request.
 *
 * @param changeType {@code Created}, {@code Canceled} or {@code Deleted}
 * @param type {@code days}, {@code hours}, {@code portionOnRange} or {@code hoursOnRange}
 * @param createdOn when the change happened
 */
public record TimeOffChange(
    String changeType,
    String requestId,
    String employeeId,
    String employeeEmail,
    String policyType,
    String type,
    LocalDate startDate,
    String startPortion,
    LocalDate endDate,
    String endPortion,
    Double totalDuration,
    String changeReason,
    Instant createdOn,
    String previousRequestId) {

  public TimeOffChange {
    Objects.requireNonNull(changeType, "changeType");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(createdOn, "createdOn");
  }

  public boolean created() {
    return "Created".equalsIgnoreCase(changeType);
  }

  public boolean canceled() {
    return "Canceled".equalsIgnoreCase(changeType) || "Cancelled".equalsIgnoreCase(changeType);
  }

  public boolean deleted() {
    return "Deleted".equalsIgnoreCase(changeType);
  }
}
