package dev.bobsync.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs in real time from a fixed start, and jumps ahead when told: db-scheduler waits
 * on its clock between polls, so a clock that stands still would stop it.
 */
public final class MovingClock extends Clock {
  private final Instant start;
  private final long startNanos = System.nanoTime();
  private volatile Duration jumped = Duration.ZERO;

  public MovingClock(Instant start) {
    this.start = start;
  }

  public synchronized void advance(Duration d) {
    jumped = jumped.plus(d);
  }

  @Override
  public Instant instant() {
    return start.plus(jumped).plusNanos(System.nanoTime() - startNanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
