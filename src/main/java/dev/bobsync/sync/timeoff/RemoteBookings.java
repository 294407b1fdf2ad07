package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.RemoteTimeOff;
import dev.bobsync.remote.TimeOff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bobsync's earlier bookings in Remote, found by the HiBob request id in their notes. Remote's
 * records, not the store's, decide whether a request is booked: a lost ledger row, a removed and
 * re-added integration or a restored old database never books a request twice. One list read per
 * employment and run; a booking made in the run is added to what was read.
 */
final class RemoteBookings {
  private final RemoteTimeOff remote;
  private final Map<String, List<TimeOff>> read = new HashMap<>();

  RemoteBookings(RemoteTimeOff remote) {
    this.remote = remote;
  }

  /** The request's booking in the employment, a live one before a cancelled one. */
  Optional<TimeOff> find(String employmentId, TimeOffRequest r) {
    List<TimeOff> all = read.get(employmentId);
    if (all == null) {
      all = new ArrayList<>(remote.list(employmentId, null));
      read.put(employmentId, all);
    }
    return all.stream()
        .filter(t -> TimeOffNotes.isBookingOf(t, r.requestId()))
        .filter(t -> t.endDate() == null || t.endDate().equals(r.endDate()))
        .min(Comparator.comparing(TimeOff::cancelled));
  }

  /** Like {@link #find}, read again from Remote: after an answer that may have been lost. */
  Optional<TimeOff> findAgain(String employmentId, TimeOffRequest r) {
    read.remove(employmentId);
    return find(employmentId, r);
  }

  /** Remembers a booking made in this run. */
  void booked(String employmentId, TimeOff created) {
    List<TimeOff> all = read.get(employmentId);
    if (all != null) {
      all.add(created);
    }
  }
}
