package dev.bobsync.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client-side rate limiter per integration and API for the whole process, so that back-to-back
 * runs (a scheduled sync, a "Sync now", a webhook) share one budget.
 */
public final class RateLimiters {
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, RateLimiter> limiters = new ConcurrentHashMap<>();

  public RateLimiters(Clock clock, Sleeper sleeper) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** The limiter for {@code key} at {@code perMinute}; a changed limit replaces the limiter. */
  public RateLimiter perMinute(String key, int perMinute) {
    return limiters.compute(
        key,
        (k, existing) ->
            existing != null && existing.permits() == perMinute
                ? existing
                : new RateLimiter(perMinute, Duration.ofMinutes(1), clock, sleeper));
  }

  public void forget(String keyPrefix) {
    limiters.keySet().removeIf(k -> k.startsWith(keyPrefix));
  }
}
