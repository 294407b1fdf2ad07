package dev.bobsync.store;

import java.time.Instant;

/**
 * The integration's pending changes in short: when the first and the last arrived, and how many.
 */
public record PendingSpan(Instant oldest, Instant newest, int count) {}
