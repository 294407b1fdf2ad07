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
  private volatile CallObserver observer = CallObserver.NONE;

  /** Whatever observer is set when a call is made. */
  private final CallObserver current =
      new CallObserver() {
        @Override
        public void sent(String budget, String api) {
          observer.sent(budget, api);
        }

        @Override
        public void rateLimited(String budget, String api) {
          observer.rateLimited(budget, api);
        }
      };

  public RateLimiters(Clock clock, Sleeper sleeper) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * The limiter for {@code key} ({@code budget/api}) at {@code perMinute}; a changed limit replaces
   * the limiter.
   */
  public RateLimiter perMinute(String key, int perMinute) {
    return limiters.compute(
        key,
        (k, existing) -> {
          if (existing != null && existing.permits() == perMinute) {
            return existing;
          }
          RateLimiter created = new RateLimiter(perMinute, Duration.ofMinutes(1), clock, sleeper);
          int slash = k.lastIndexOf('/');
          created.observe(current, slash < 0 ? k : k.substring(0, slash), k.substring(slash + 1));
          return created;
        });
  }

  /** Tells {@code next} of every call made and every 429 met from now on, in this process. */
  public void observe(CallObserver next) {
    this.observer = Objects.requireNonNull(next, "next");
  }

  public void forget(String keyPrefix) {
    limiters.keySet().removeIf(k -> k.startsWith(keyPrefix));
  }
}
