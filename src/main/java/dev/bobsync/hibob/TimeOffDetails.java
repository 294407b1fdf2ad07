package dev.bobsync.hibob;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time-off request as HiBob's request details show it.
 *
 * @param status {@code approved}, {@code pending}, {@code declined}, {@code canceled}, ...
 * @param startPortion {@code all_day}, {@code morning} or {@code afternoon}; {@code null} for hours
 * @param hours the hours asked, for requests in hours
 */
public record TimeOffDetails(
    String requestId,
    String employeeId,
    String policyType,
    String type,
    String status,
    LocalDate startDate,
    String startPortion,
    LocalDate endDate,
    String endPortion,
    Double hours,
    Double totalDuration,
    String previousRequestId) {

  public TimeOffDetails {
    Objects.requireNonNull(requestId, "requestId");
  }
}
