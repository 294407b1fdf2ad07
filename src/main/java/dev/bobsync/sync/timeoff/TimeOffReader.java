package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.HibobTimeOff;
import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.http.ApiException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads HiBob's side of time off: the change feed, and a request's details. */
final class TimeOffReader {
  private static final Comparator<TimeOffChange> NEWEST =
      Comparator.comparing(TimeOffChange::createdOn).thenComparingInt(TimeOffReader::weight);

  private final HibobTimeOff hibob;

  TimeOffReader(HibobTimeOff hibob) {
    this.hibob = hibob;
  }

  /**
   * The feed's newest entry per request in the window. A "Created" entry does not say whether the
   * request is approved or pending: that comes from its details, read when it matters.
   */
  record Feed(Map<String, TimeOffChange> latest) {
    /** HiBob's state as the feed tells it: withdrawn, or not known until the details are read. */
    HibobState stateOf(TimeOffChange c) {
      if (c.created()) {
        return HibobState.UNKNOWN;
      }
      return c.deleted() ? HibobState.DELETED : HibobState.CANCELED;
    }
  }

  /**
   * Reads the feed with pending requests: a request shows up once, when it is filed (approved or
   * not), and again when it is cancelled or deleted. One read per run is all the feed costs; an
   * approval or a decline leaves no entry and is seen in the request's details, which are read
   * again on every run while the request is open.
   */
  Feed latestChanges(FeedWindow window) {
    Map<String, TimeOffChange> latest = new LinkedHashMap<>();
    for (TimeOffChange c : hibob.changes(window.since(), window.to(), true)) {
      latest.merge(c.requestId(), c, (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
    }
    return new Feed(latest);
  }

  /** The request as its details show it now; a 404 or a failed read says so in the result. */
  TimeOffRequest read(TimeOffRequest r) {
    if (r.employeeId().isEmpty()) {
      return r.notFound();
    }
    try {
      return hibob.request(r.employeeId(), r.requestId()).map(r::with).orElseGet(r::notFound);
    } catch (ApiException e) {
      return r.unreadable(TimeOffMessages.hibobFailed(e));
    }
  }

  /** At the same instant a deletion outranks a cancellation, which outranks a creation. */
  private static int weight(TimeOffChange c) {
    return c.deleted() ? 2 : c.canceled() ? 1 : 0;
  }
}
