package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.hibob.TimeOffDetails;
import dev.bobsync.hibob.TimeOffSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * @param originalRequestId the first request of the chain of edits this one ends, if HiBob said
 * @param durations the hours asked per day, for HiBob's per-day request types (read from the
 *     details, not kept in the store)
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
    String readProblem,
    String originalRequestId,
    List<TimeOffSpan.Day> durations) {

  public TimeOffRequest {
    durations = durations == null ? List.of() : List.copyOf(durations);
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
            portion(c.span().startPortion(), c.span()),
            c.endDate(),
            portion(c.span().endPortion(), c.span()),
            hoursOf(c.span()),
            HibobState.UNKNOWN,
            null,
            c.previousRequestId(),
            null,
            null,
            c.originalRequestId(),
            c.span().durations())
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
        or(portion(c.span().startPortion(), c.span()), startPortion),
        c.endDate() != null ? c.endDate() : endDate,
        or(portion(c.span().endPortion(), c.span()), endPortion),
        or(hoursOf(c.span()), hours),
        next,
        c.changeReason(),
        c.previousRequestId() != null ? c.previousRequestId() : previousRequestId,
        c.createdOn() != null ? c.createdOn() : changedAt,
        null,
        c.originalRequestId() != null ? c.originalRequestId() : originalRequestId,
        c.span().durations().isEmpty() ? durations : c.span().durations());
  }

  /** This request as its details show it. */
  public TimeOffRequest with(TimeOffDetails d) {
    Objects.requireNonNull(d, "d");
    TimeOffSpan span = d.span();
    HibobState read = HibobState.of(d.status());
    return new TimeOffRequest(
        requestId,
        employeeId,
        employeeEmail,
        d.policyType() != null ? d.policyType() : policyType,
        d.type() != null ? d.type() : type,
        d.startDate(),
        portion(span.startPortion(), span),
        d.endDate(),
        portion(span.endPortion(), span),
        hoursOf(span),
        // a feed entry saying deleted or cancelled outranks details read a moment later; a 404
        // or a decline read before does not: the details now are the newer word
        (state == HibobState.CANCELED || state == HibobState.DELETED) && !read.withdrawn()
            ? state
            : read,
        changeReason,
        d.previousRequestId() != null ? d.previousRequestId() : previousRequestId,
        changedAt,
        null,
        d.originalRequestId() != null ? d.originalRequestId() : originalRequestId,
        span.durations());
  }

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
        readProblem,
        originalRequestId,
        durations);
  }

  /** This request when its details answer 404. */
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
        problem,
        originalRequestId,
        durations);
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

  /**
   * The requests this one replaces, newest first: HiBob's {@code previousRequestId} and, for a
   * chain of edits, {@code originalRequestId}.
   */
  public List<String> replaces() {
    List<String> ids = new ArrayList<>();
    if (previousRequestId != null && !previousRequestId.equals(requestId)) {
      ids.add(previousRequestId);
    }
    if (originalRequestId != null
        && !originalRequestId.equals(requestId)
        && !ids.contains(originalRequestId)) {
      ids.add(originalRequestId);
    }
    return ids;
  }

  private static boolean isHours(String t) {
    return "hours".equalsIgnoreCase(t);
  }

  /** A day's portion; {@code portionOnRange} requests give one portion for every day. */
  private static String portion(String given, TimeOffSpan span) {
    return given != null ? given : span.dayPortion();
  }

  /** The hours asked a day: on the one day of an {@code hours} request, or on each of a range. */
  private static Double hoursOf(TimeOffSpan span) {
    if (span.hoursOnDate() != null) {
      return span.hoursOnDate();
    }
    if (span.dailyHours() != null) {
      return span.dailyHours();
    }
    return isHours(span.type()) ? span.totalDuration() : null;
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
