package dev.bobsync.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key in fixed windows that start at a key's first request, as both vendors'
 * APIs do.
 */
public final class FixedWindowRateLimiter {
  /** The answer to one request: allowed or not, and what the {@code *-ratelimit-*} headers say. */
  public record Decision(boolean allowed, int limit, int remaining, Instant resetAt) {}

  private final Clock clock;
  private final Duration window;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public FixedWindowRateLimiter(Clock clock, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
  }

  /** Counts one request for {@code key} against {@code limit} requests per window. */
  public Decision acquire(String key, int limit) {
    Instant now = clock.instant();
    Window current =
        windows.compute(
            key,
            (k, w) -> {
              if (w == null || !now.isBefore(w.resetAt)) {
                return new Window(now.plus(window), 1);
              }
              return new Window(w.resetAt, w.used + 1);
            });
    boolean allowed = current.used <= limit;
    return new Decision(allowed, limit, Math.max(0, limit - current.used), current.resetAt);
  }

  /** Forgets every window, so the next request of each key starts a fresh one. */
  public void reset() {
    windows.clear();
  }

  private record Window(Instant resetAt, int used) {}
}
