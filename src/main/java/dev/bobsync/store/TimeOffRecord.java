package dev.bobsync.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One HiBob time-off request in one integration: what HiBob last said of it and what the time-off
 * sync did with it in Remote. The sync owns the meaning of the status and reason codes; {@code
 * attempts} and {@code bookingStartedAt} change only through {@link TimeOffLedger#claim}, and
 * {@code updatedAt} is set by the store.
 *
 * @param hibobStatus approved, pending, declined, canceled, deleted, not_found or unknown
 * @param hibobChangedAt the newest change-feed entry already taken into account
 * @param status booked, cancelled, waiting, skipped or failed
 * @param bookedDays what was booked in Remote, as {@code 2026-11-24:8 2026-11-25:4}
 * @param attempts how many times a create was sent for it
 * @param bookingStartedAt set while a create may have reached Remote without being recorded
 * @param revisit whether each run looks at it again although HiBob reported no change
 */
public record TimeOffRecord(
    String integrationId,
    String requestId,
    String employeeId,
    String employeeName,
    String previousRequestId,
    String policyType,
    String requestType,
    LocalDate startDate,
    String startPortion,
    LocalDate endDate,
    String endPortion,
    Double hours,
    String hibobStatus,
    Instant hibobChangedAt,
    String changeReason,
    String status,
    String reasonCode,
    String message,
    String remoteEmploymentId,
    String remoteTimeOffId,
    String bookedDays,
    int attempts,
    Instant bookingStartedAt,
    boolean revisit,
    Instant updatedAt) {

  public TimeOffRecord {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(hibobStatus, "hibobStatus");
    Objects.requireNonNull(status, "status");
  }
}
