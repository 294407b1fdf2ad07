package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.TimeOff;

/**
 * The {@code notes} bobsync gives a Remote time off: they carry the HiBob request id, which is how
 * a booking is found again after a lost answer or a crash (Remote has no idempotency keys).
 */
final class TimeOffNotes {
  private static final String PREFIX = "HiBob time-off request ";

  private TimeOffNotes() {}

  static String of(TimeOffRequest r) {
    return PREFIX + r.requestId() + " (" + (r.policyType() == null ? "?" : r.policyType()) + ")";
  }

  /** Whether {@code t} is the booking of request {@code requestId}. */
  static boolean isBookingOf(TimeOff t, String requestId) {
    String notes = t.notes();
    if (notes == null) {
      return false;
    }
    String id = PREFIX + requestId;
    return notes.equals(id) || notes.startsWith(id + " ");
  }
}
