package dev.bobsync.store;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a sync: what started it, where, how far it got and how it ended. {@code state} is
 * {@code running}, {@code succeeded}, {@code partial} or {@code failed}.
 */
public record SyncRun(
    String id,
    String integrationId,
    String kind,
    String trigger,
    String node,
    String state,
    Instant startedAt,
    Instant finishedAt,
    int total,
    int done,
    String countsJson,
    int hibobCalls,
    int remoteCalls,
    String error) {

  /** Whether the run has not finished (or its node died before finishing it). */
  public boolean running() {
    return finishedAt == null;
  }

  /** From start to finish; null while the run is still running. */
  public Duration duration() {
    return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
  }
}
