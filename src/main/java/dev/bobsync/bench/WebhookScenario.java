package dev.bobsync.bench;

import java.util.Optional;

/**
 * Scenario 4, a single change by webhook: the time from a change in HiBob to the write in Remote,
 * p50 and p95 over 50 changes, through bobsync's webhook receiver (changes queued, then a targeted
 * run). {@link #PENDING} stands for a build without a receiver, in tests of the bench itself.
 */
@FunctionalInterface
interface WebhookScenario {
  /** Latencies over {@code CHANGES} changes, or empty while the receiver is missing. */
  Optional<Latencies> measure(BenchWorld world);

  /** Changes timed per company. */
  int CHANGES = 50;

  /** Not measured: no receiver. */
  WebhookScenario PENDING = world -> Optional.empty();

  /** Seconds from a HiBob change to its Remote write. */
  record Latencies(int changes, double p50Seconds, double p95Seconds) {}
}
