package dev.bobsync.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Scheduler and webhook metrics: runs by integration, trigger and outcome, their durations, and
 * webhook events received and rejected. Does nothing without a registry.
 */
final class SyncMetrics {
  private final MeterRegistry registry;

  SyncMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A run ended as {@code outcome} (succeeded, partial, failed) after {@code took}. */
  void run(String integrationId, String trigger, String outcome, Duration took) {
    if (registry == null) {
      return;
    }
    Counter.builder("bobsync.sync.runs")
        .description("Sync runs by integration, trigger and outcome")
        .tag("integration", integrationId)
        .tag("trigger", trigger)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    Timer.builder("bobsync.sync.duration")
        .description("How long sync runs take")
        .tag("integration", integrationId)
        .tag("trigger", trigger)
        .register(registry)
        .record(took);
  }

  /** A signed webhook event was accepted; {@code type} is its event type's family. */
  void webhookReceived(String type) {
    if (registry != null) {
      Counter.builder("bobsync.webhooks.received")
          .description("HiBob webhook events accepted")
          .tag("type", type)
          .register(registry)
          .increment();
    }
  }

  /** A webhook was refused for {@code reason} (signature, unknown_integration, ...). */
  void webhookRejected(String reason) {
    if (registry != null) {
      Counter.builder("bobsync.webhooks.rejected")
          .description("HiBob webhook requests refused")
          .tag("reason", reason)
          .register(registry)
          .increment();
    }
  }
}
