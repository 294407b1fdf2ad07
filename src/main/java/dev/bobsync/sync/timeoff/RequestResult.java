package dev.bobsync.sync.timeoff;

import java.time.LocalDate;

/**
 * One request's outcome of a run (in a dry run: what would happen), as the CLI's JSON and the page
 * show it.
 *
 * @param action what this run did (or would do) in Remote for the request
 * @param hours the hours booked (or to book) in Remote, 0 when none
 */
public record RequestResult(
    String requestId,
    String employeeId,
    String name,
    String policyType,
    LocalDate startDate,
    LocalDate endDate,
    Action action,
    TimeOffStatus status,
    TimeOffReason reason,
    String message,
    String remoteTimeOffId,
    int hours) {

  /** What a run did in Remote for one request. */
  public enum Action {
    BOOKED,
    CANCELLED,
    NONE
  }
}
