package dev.bobsync.bench;

import java.util.Optional;

/**
 * Scenario 4, a single change by webhook: the time from a change in HiBob to the write in Remote,
 * p50 and p95 over 50 changes, through bobsync's webhook receiver (changes queued, then a targeted
 * run). {@link #NONE} leaves it out ({@code --webhook-changes 0}).
 */
@FunctionalInterface
interface WebhookScenario {
  /** Latencies over the changes timed, or empty when nobody was synced to change. */
  Optional<Latencies> measure(BenchWorld world);

  /**
   * Latencies of Remote events (onboarding completed in Remote until the waiting change shows
   * there) timed by the last {@link #measure}, or empty when none were.
   */
  default Optional<Latencies> lastRemoteEvents() {
    return Optional.empty();
  }

  /** Changes timed by default. */
  int CHANGES = 50;

  /** Not measured. */
  WebhookScenario NONE = world -> Optional.empty();

  /** Seconds from a HiBob change to its Remote write. */
  record Latencies(int changes, double p50Seconds, double p95Seconds) {}
}
