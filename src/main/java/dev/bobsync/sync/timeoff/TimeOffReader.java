package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.HibobTimeOff;
import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.http.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
   * The newest feed entry per request in the window. The feed is read twice: without pending
   * requests (where an approval shows up as "Created") and with them (where a request shows up when
   * it is filed, so pending and declined ones get a status too).
   */
  Map<String, TimeOffChange> latestChanges(FeedWindow window) {
    List<TimeOffChange> all = new ArrayList<>(hibob.changes(window.since(), window.to(), false));
    all.addAll(hibob.changes(window.since(), window.to(), true));
    Map<String, TimeOffChange> latest = new LinkedHashMap<>();
    for (TimeOffChange c : all) {
      latest.merge(c.requestId(), c, (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
    }
    return latest;
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
