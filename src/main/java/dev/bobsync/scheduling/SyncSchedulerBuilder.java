package dev.bobsync.scheduling;

import dev.bobsync.store.Store;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Settings of a {@link SyncScheduler}; every one has a default fit for production. */
public final class SyncSchedulerBuilder {
  final Store store;
  final IntegrationRunner runner;
  String node;
  Clock clock = Clock.systemUTC();
  MeterRegistry meterRegistry;
  Duration pollingInterval = Duration.ofSeconds(5);
  Duration heartbeatInterval = Duration.ofSeconds(10);
  int missedHeartbeats = 6;
  int threads = 4;
  Duration refreshInterval = Duration.ofMinutes(1);
  Duration shutdownWait = Duration.ofSeconds(30);
  Duration webhookQuiet = Cadence.QUIET;
  Duration webhookWindow = Duration.ofSeconds(5);
  Duration webhookSpacing = Duration.ofSeconds(5);
  int targetedLimit = 3;

  SyncSchedulerBuilder(Store store, IntegrationRunner runner) {
    this.store = Objects.requireNonNull(store, "store");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** This instance's name, unique among the instances sharing the database (default host-pid). */
  public SyncSchedulerBuilder node(String name) {
    this.node = requireText(name, "node");
    return this;
  }

  /**
   * The clock every schedule time is read from (default: the system's, UTC). It must move in real
   * time: db-scheduler waits on it between polls.
   */
  public SyncSchedulerBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Where run and webhook metrics go (default: none). */
  public SyncSchedulerBuilder meterRegistry(MeterRegistry registry) {
    this.meterRegistry = Objects.requireNonNull(registry, "registry");
    return this;
  }

  /** How often the database is asked for due runs (default 5 s). */
  public SyncSchedulerBuilder pollingInterval(Duration interval) {
    this.pollingInterval = positive(interval, "pollingInterval");
    return this;
  }

  /**
   * How often a running run says it is alive, and after how many missed heartbeats another instance
   * takes it over (default every 10 s, 6 missed: a minute).
   */
  public SyncSchedulerBuilder heartbeat(Duration interval, int missed) {
    this.heartbeatInterval = positive(interval, "heartbeat interval");
    if (missed < 4) {
      throw new IllegalArgumentException("missed heartbeats must be at least 4: " + missed);
    }
    this.missedHeartbeats = missed;
    return this;
  }

  /** How many integrations this instance syncs at the same time (default 4). */
  public SyncSchedulerBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    return this;
  }

  /** How often the schedule is matched to the integrations in the store (default 1 min). */
  public SyncSchedulerBuilder refreshInterval(Duration interval) {
    this.refreshInterval = positive(interval, "refreshInterval");
    return this;
  }

  /** How long {@link SyncScheduler#stop()} waits for running syncs (default 30 s). */
  public SyncSchedulerBuilder shutdownWait(Duration wait) {
    this.shutdownWait = positive(wait, "shutdownWait");
    return this;
  }

  /**
   * How webhooks become runs: a lone change on a quiet integration waits 300 ms (or {@code window}
   * when shorter); under a burst changes gather until none came for that long, at most {@code
   * window}; a targeted sync starts at least {@code spacing} after the integration's previous run,
   * and takes at most {@code limit} people (more make a full sync). Defaults: 5 s, 5 s, 3.
   */
  public SyncSchedulerBuilder webhooks(Duration window, Duration spacing, int limit) {
    this.webhookWindow = Objects.requireNonNull(window, "window");
    this.webhookSpacing = Objects.requireNonNull(spacing, "spacing");
    if (window.isNegative() || spacing.isNegative()) {
      throw new IllegalArgumentException("webhook window and spacing must not be negative");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the targeted sync limit must be at least 1: " + limit);
    }
    this.targetedLimit = limit;
    this.webhookQuiet = Cadence.QUIET.compareTo(window) < 0 ? Cadence.QUIET : window;
    return this;
  }

  /**
   * How long a lone change waits for others before its targeted sync (default 300 ms; at most the
   * window set by {@link #webhooks}).
   */
  public SyncSchedulerBuilder quietWindow(Duration quiet) {
    Objects.requireNonNull(quiet, "quiet");
    if (quiet.isNegative() || quiet.compareTo(webhookWindow) > 0) {
      throw new IllegalArgumentException("the quiet window must be between 0 and the window");
    }
    this.webhookQuiet = quiet;
    return this;
  }

  /** The scheduler, not started yet. */
  public SyncScheduler build() {
    if (node == null) {
      node = SyncScheduler.defaultNode();
    }
    return new SyncScheduler(this);
  }

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return d;
  }

  private static String requireText(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }
}
