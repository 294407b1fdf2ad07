package dev.bobsync.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * What the scheduler keeps on an integration's task row: the interval it last saw, when the next
 * full sync is due, a full sync asked for now ("Sync now"), and when the last run started.
 *
 * @param nextFull null when the integration has no interval (it syncs on demand only)
 * @param requested the trigger of a full sync asked to run at once, or null
 * @param lastStart null before the first run
 */
record SyncPlan(long intervalSeconds, Instant nextFull, String requested, Instant lastStart) {

  /** A new integration's plan: its first full sync at {@code firstFull}. */
  static SyncPlan first(Duration interval, Instant firstFull) {
    return new SyncPlan(interval.toSeconds(), automatic(interval) ? firstFull : null, null, null);
  }

  /** A full sync to run at once, started by {@code trigger}. */
  SyncPlan requesting(String trigger) {
    return new SyncPlan(intervalSeconds, nextFull, trigger, lastStart);
  }

  /** After a change of interval, the next full sync is one new interval from now. */
  SyncPlan withInterval(Duration interval, Instant now) {
    if (interval.toSeconds() == intervalSeconds) {
      return this;
    }
    Instant next = automatic(interval) ? now.plus(interval) : null;
    return new SyncPlan(interval.toSeconds(), next, requested, lastStart);
  }

  /** After a full sync that started at {@code started}: the next one is an interval later. */
  SyncPlan afterFull(Duration interval, Instant started) {
    Instant next = automatic(interval) ? started.plus(interval) : null;
    return new SyncPlan(interval.toSeconds(), next, null, started);
  }

  /** After a targeted sync that started at {@code started}. */
  SyncPlan afterTargeted(Instant started) {
    return new SyncPlan(intervalSeconds, nextFull, requested, started);
  }

  private static boolean automatic(Duration interval) {
    return interval.toSeconds() > 0;
  }
}
