package dev.bobsync.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock that stands still until told to move: for tests and for emulators' control APIs. */
public final class SettableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public SettableClock(Instant now) {
    this(now, ZoneOffset.UTC);
  }

  public SettableClock(Instant now, ZoneId zone) {
    this.now = Objects.requireNonNull(now, "now");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    SettableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return other;
      }

      @Override
      public Clock withZone(ZoneId z) {
        return self.withZone(z);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }
}
