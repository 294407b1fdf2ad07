package dev.bobsync.emulator.hibob;

import java.time.Instant;

/**
 * One entry of the time-off change feed, with the request as it was after the change and whether
 * callers with or without {@code includePending} see it.
 */
record TimeOffChange(
    String changeType, TimeOffRequest request, String changeReason, Instant at, Audience audience) {

  /** Which feed readers an entry is for. */
  enum Audience {
    EVERYONE,
    /** A pending request's creation: only for {@code includePending=true}. */
    WITH_PENDING,
    /** An approval, shown as "Created" to readers that did not see the pending request. */
    WITHOUT_PENDING;

    boolean shownTo(boolean includePending) {
      return this == EVERYONE || (this == WITH_PENDING) == includePending;
    }
  }
}
