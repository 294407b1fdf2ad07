package dev.bobsync.hibob;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time-off request as HiBob's request details show it.
 *
 * @param status {@code approved}, {@code pending}, {@code declined}, {@code canceled}, ...
 * @param span what the request asks, in its request type
 */
public record TimeOffDetails(
    String requestId,
    String employeeId,
    String policyType,
    String status,
    TimeOffSpan span,
    String previousRequestId,
    String originalRequestId) {

  public TimeOffDetails {
    Objects.requireNonNull(requestId, "requestId");
    span = span == null ? TimeOffSpan.NONE : span;
  }

  public String type() {
    return span.type();
  }

  public LocalDate startDate() {
    return span.startDate();
  }

  public LocalDate endDate() {
    return span.endDate();
  }
}
