package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.HibobTimeOff;
import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.http.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads HiBob's side of time off: the change feed, and a request's details. */
final class TimeOffReader {
  private static final Comparator<TimeOffChange> NEWEST =
      Comparator.comparing(TimeOffChange::createdOn).thenComparingInt(TimeOffReader::weight);

  private final HibobTimeOff hibob;

  TimeOffReader(HibobTimeOff hibob) {
    this.hibob = hibob;
  }

  /**
   * The feed's newest entry per request in the window, and what its "Created" entries say of the
   * request: one that shows up without pending requests is approved; one that shows up only with
   * them is pending.
   */
  record Feed(Map<String, TimeOffChange> latest, Set<String> approved) {
    /** HiBob's state as the feed tells it, where it does. */
    HibobState stateOf(TimeOffChange c) {
      if (!c.created()) {
        return c.deleted() ? HibobState.DELETED : HibobState.CANCELED;
      }
      return approved.contains(c.requestId()) ? HibobState.APPROVED : HibobState.PENDING;
    }
  }

  /**
   * Reads the feed without pending requests (where an approval shows up as "Created"), and, when
   * {@code pending} is given, with them over that window (where a request shows up when it is
   * filed, so pending ones get a status too).
   */
  Feed latestChanges(FeedWindow window, Optional<FeedWindow> pending) {
    List<TimeOffChange> decided = hibob.changes(window.since(), window.to(), false);
    List<TimeOffChange> all = new ArrayList<>(decided);
    pending.ifPresent(p -> all.addAll(hibob.changes(p.since(), p.to(), true)));
    Map<String, TimeOffChange> latest = new LinkedHashMap<>();
    for (TimeOffChange c : all) {
      latest.merge(c.requestId(), c, (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
    }
    Set<String> approved = new HashSet<>();
    decided.stream().filter(TimeOffChange::created).forEach(c -> approved.add(c.requestId()));
    return new Feed(latest, approved);
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
