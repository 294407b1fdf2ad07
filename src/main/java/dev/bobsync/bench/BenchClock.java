package dev.bobsync.bench;

import dev.bobsync.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time one benchmark run lives in. On the virtual clock, time is real time plus every wait that
 * was skipped: a wait for the rate limit moves the clock instead of sleeping, so a sync paced at 20
 * requests a minute runs in seconds, while the real time bobsync spends working still counts.
 */
final class BenchClock extends Clock {
  private final boolean virtual;
  private final Instant origin;
  private final long originNanos;
  private final AtomicLong skippedNanos = new AtomicLong();

  private BenchClock(boolean virtual, Instant origin) {
    this.virtual = virtual;
    this.origin = origin;
    this.originNanos = System.nanoTime();
  }

  /** Real time, where waiting really waits. */
  static BenchClock real() {
    return new BenchClock(false, Instant.now());
  }

  /** Real time plus the waits skipped, starting now. */
  static BenchClock virtual() {
    return new BenchClock(true, Instant.now());
  }

  boolean isVirtual() {
    return virtual;
  }

  /** Waits on this clock: sleeps on the real one, moves the virtual one on. */
  Sleeper sleeper() {
    return virtual ? this::skip : Sleeper.SYSTEM;
  }

  /** Moves the virtual clock on (the next scheduled run, a new rate-limit window). */
  void skip(Duration duration) {
    if (!virtual) {
      throw new IllegalStateException("the real clock cannot be moved");
    }
    if (!duration.isNegative()) {
      skippedNanos.addAndGet(duration.toNanos());
    }
  }

  /** Seconds on this clock since {@code start}. */
  double secondsSince(Instant start) {
    return Duration.between(start, instant()).toNanos() / 1e9;
  }

  @Override
  public Instant instant() {
    return origin.plusNanos(System.nanoTime() - originNanos + skippedNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("the benchmark clock runs in UTC");
  }
}
