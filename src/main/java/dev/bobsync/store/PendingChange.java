package dev.bobsync.store;

import java.time.Instant;

/**
 * A change of one HiBob person that a targeted sync has still to cover.
 *
 * @param id the row, for deleting exactly the changes a run covered
 * @param reason what reported it, such as the webhook's event type {@code employee.updated}
 */
public record PendingChange(long id, String hibobId, String reason, Instant receivedAt) {}
