package dev.bobsync.store;

import java.time.Instant;

/**
 * A change of one HiBob person that a targeted sync has still to cover.
 *
 * @param id the row, for deleting exactly the changes a run covered
 * @param reason what reported it, and so the trigger of the sync that covers it: {@code webhook}
 * @param timeOff whether the change concerns the person's time off (a time-off webhook)
 */
public record PendingChange(
    long id, String hibobId, String reason, Instant receivedAt, boolean timeOff) {}
