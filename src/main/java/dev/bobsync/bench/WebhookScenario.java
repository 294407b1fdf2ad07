package dev.bobsync.bench;

import java.util.Optional;

/**
 * Scenario 4, a single change by webhook: the time from a change in HiBob to the write in Remote,
 * p50 and p95 over 50 changes. It needs bobsync's HiBob webhook receiver (changes queued, then a
 * targeted run), which is not in this build yet: {@link #PENDING} says so. Once it is, an
 * implementation registers the receiver with {@code world.hibob.company().registerWebhook(url,
 * secret)}, edits one synced person at a time through {@code world.hibob.company()}, and times each
 * edit until {@code world.remoteCompany()} shows it.
 */
@FunctionalInterface
interface WebhookScenario {
  /** Latencies over {@code CHANGES} changes, or empty while the receiver is missing. */
  Optional<Latencies> measure(BenchWorld world);

  /** Changes timed per company. */
  int CHANGES = 50;

  /** Not measurable yet: the receiver is being built. */
  WebhookScenario PENDING = world -> Optional.empty();

  /** Seconds from a HiBob change to its Remote write. */
  record Latencies(int changes, double p50Seconds, double p95Seconds) {}
}
