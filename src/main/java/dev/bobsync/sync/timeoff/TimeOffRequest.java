package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.hibob.TimeOffDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A HiBob time-off request as the planner sees it: what the feed, the details and the store said of
 * it, newest first.
 *
 * @param employeeEmail how HiBob's feed names the employee, for messages
 * @param type {@code days}, {@code hours}, {@code portionOnRange} or {@code hoursOnRange}
 * @param startPortion {@code all_day}, {@code morning} or {@code afternoon}
 * @param hours the hours asked, for requests in hours
 * @param changeReason HiBob's reason for its last change, e.g. "Replaced by request 12"
 * @param changedAt the newest feed entry taken into account
 * @param readProblem why its details could not be read, if they could not
 */
public record TimeOffRequest(
    String requestId,
    String employeeId,
    String employeeEmail,
    String policyType,
    String type,
    LocalDate startDate,
    String startPortion,
    LocalDate endDate,
    String endPortion,
    Double hours,
    HibobState state,
    String changeReason,
    String previousRequestId,
    Instant changedAt,
    String readProblem) {

  public TimeOffRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(employeeId, "employeeId");
    state = state == null ? HibobState.UNKNOWN : state;
  }

  /** A request first seen in the feed. */
  public static TimeOffRequest of(TimeOffChange c) {
    Objects.requireNonNull(c, "c");
    return new TimeOffRequest(
            c.requestId(),
            c.employeeId() == null ? "" : c.employeeId(),
            c.employeeEmail(),
            c.policyType(),
            c.type(),
            c.startDate(),
            c.startPortion(),
            c.endDate(),
            c.endPortion(),
            "hours".equalsIgnoreCase(c.type()) ? c.totalDuration() : null,
            HibobState.UNKNOWN,
            null,
            c.previousRequestId(),
            null,
            null)
        .with(c);
  }

  /** This request after a newer feed entry: a creation must be read again, the rest say it all. */
  public TimeOffRequest with(TimeOffChange c) {
    Objects.requireNonNull(c, "c");
    HibobState next =
        c.deleted() ? HibobState.DELETED : c.canceled() ? HibobState.CANCELED : HibobState.UNKNOWN;
    return new TimeOffRequest(
        requestId,
        employeeId,
        c.employeeEmail() != null ? c.employeeEmail() : employeeEmail,
        c.policyType() != null ? c.policyType() : policyType,
        c.type() != null ? c.type() : type,
        c.startDate() != null ? c.startDate() : startDate,
        c.startPortion() != null ? c.startPortion() : startPortion,
        c.endDate() != null ? c.endDate() : endDate,
        c.endPortion() != null ? c.endPortion() : endPortion,
        "hours".equalsIgnoreCase(c.type()) && c.totalDuration() != null ? c.totalDuration() : hours,
        next,
        c.changeReason(),
        c.previousRequestId() != null ? c.previousRequestId() : previousRequestId,
        c.createdOn(),
        null);
  }

  /** This request as its details show it. */
  public TimeOffRequest with(TimeOffDetails d) {
    Objects.requireNonNull(d, "d");
    Double asked = d.hours() != null ? d.hours() : isHours(d.type()) ? d.totalDuration() : null;
    HibobState read = HibobState.of(d.status());
    return new TimeOffRequest(
        requestId,
        employeeId,
        employeeEmail,
        d.policyType() != null ? d.policyType() : policyType,
        d.type() != null ? d.type() : type,
        d.startDate(),
        d.startPortion(),
        d.endDate(),
        d.endPortion(),
        asked,
        // a feed entry saying deleted or cancelled outranks details read a moment later; a 404
        // or a decline read before does not: the details now are the newer word
        (state == HibobState.CANCELED || state == HibobState.DELETED) && !read.withdrawn()
            ? state
            : read,
        changeReason,
        d.previousRequestId() != null ? d.previousRequestId() : previousRequestId,
        changedAt,
        null);
  }

  /** This request when its details answer 404. */
  /** The same request in {@code next} state, as the change feed tells it. */
  public TimeOffRequest withState(HibobState next) {
    return new TimeOffRequest(
        requestId,
        employeeId,
        employeeEmail,
        policyType,
        type,
        startDate,
        startPortion,
        endDate,
        endPortion,
        hours,
        next,
        changeReason,
        previousRequestId,
        changedAt,
        readProblem);
  }

  public TimeOffRequest notFound() {
    return withState(state == HibobState.DELETED ? state : HibobState.NOT_FOUND, null);
  }

  /** This request when its details could not be read. */
  public TimeOffRequest unreadable(String problem) {
    return withState(HibobState.UNKNOWN, problem);
  }

  private TimeOffRequest withState(HibobState next, String problem) {
    return new TimeOffRequest(
        requestId,
        employeeId,
        employeeEmail,
        policyType,
        type,
        startDate,
        startPortion,
        endDate,
        endPortion,
        hours,
        next,
        changeReason,
        previousRequestId,
        changedAt,
        problem);
  }

  /**
   * Whether HiBob's status is not known because the details were not read: the feed does not say
   * whether a request is approved, and its details are read only once it can be booked.
   */
  public boolean unread() {
    return state == HibobState.UNKNOWN && readProblem == null;
  }

  /** Whether the request is in hours on a day, rather than in days and half days. */
  public boolean inHours() {
    return isHours(type) || (type == null && hours != null);
  }

  private static boolean isHours(String t) {
    return "hours".equalsIgnoreCase(t);
  }
}
