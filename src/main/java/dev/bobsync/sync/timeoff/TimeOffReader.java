package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.HibobTimeOff;
import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.hibob.TimeOffFeed;
import dev.bobsync.http.ApiException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads HiBob's side of time off: the change feed, and a request's details. */
final class TimeOffReader {
  /**
   * Newer first by {@code createdOn} when both entries carry it, else by where they stand in the
   * feed (oldest first); at the same instant a deletion outranks a cancellation, then a creation.
   */
  private static final Comparator<TimeOffChange> NEWEST =
      (a, b) -> {
        if (a.createdOn() != null && b.createdOn() != null) {
          int at = a.createdOn().compareTo(b.createdOn());
          return at != 0 ? at : Integer.compare(weight(a), weight(b));
        }
        return Integer.compare(a.position(), b.position());
      };

  private final HibobTimeOff hibob;

  TimeOffReader(HibobTimeOff hibob) {
    this.hibob = hibob;
  }

  /**
   * The feed's newest entry per request in the window. A "Created" entry does not say whether the
   * request is approved or pending: that comes from its details, read when it matters.
   */
  record Feed(Map<String, TimeOffChange> latest, List<String> skipped) {
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
    TimeOffFeed feed = hibob.feed(window.since(), window.to(), true);
    for (TimeOffChange c : feed.changes()) {
      latest.merge(c.requestId(), c, (a, b) -> NEWEST.compare(a, b) > 0 ? a : b);
    }
    return new Feed(latest, feed.skipped());
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

  private static int weight(TimeOffChange c) {
    return c.deleted() ? 2 : c.canceled() ? 1 : 0;
  }
}
