package dev.bobsync.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Keeps calls under a vendor's limit on the client side: at most {@code permits} calls in any
 * window, so a server's fixed window can never see more. After a 429 it pauses until the server's
 * reset.
 */
public final class RateLimiter {
  private final int permits;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ArrayDeque<Instant> granted = new ArrayDeque<>();
  private Instant pausedUntil = Instant.MIN;
  private volatile Runnable onGrant = () -> {};
  private volatile Runnable onRateLimited = () -> {};

  public RateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    this.permits = permits;
    this.window = Objects.requireNonNull(window, "window");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Per-minute limiter on the system clock. */
  public static RateLimiter perMinute(int permits) {
    return new RateLimiter(permits, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  public int permits() {
    return permits;
  }

  /** Tells {@code observer} of each call granted and each 429 reported, as {@code budget}. */
  void observe(CallObserver observer, String budget, String api) {
    onGrant = () -> observer.sent(budget, api);
    onRateLimited = () -> observer.rateLimited(budget, api);
  }

  /** Blocks until one more call fits in the window, then counts it. */
  public void acquire() throws InterruptedException {
    while (true) {
      Duration wait = tryAcquire();
      if (wait.isZero()) {
        onGrant.run();
        return;
      }
      sleeper.sleep(wait);
    }
  }

  /** The server answered a call granted here with 429, asking to wait until {@code until}. */
  public void rateLimited(Instant until) {
    onRateLimited.run();
    pauseUntil(until);
  }

  /** Stops granting calls until {@code until}; the server said its window resets then. */
  public synchronized void pauseUntil(Instant until) {
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  private synchronized Duration tryAcquire() {
    Instant now = clock.instant();
    if (now.isBefore(pausedUntil)) {
      return Duration.between(now, pausedUntil);
    }
    Instant windowStart = now.minus(window);
    while (!granted.isEmpty() && !granted.peekFirst().isAfter(windowStart)) {
      granted.removeFirst();
    }
    if (granted.size() < permits) {
      granted.addLast(now);
      return Duration.ZERO;
    }
    Duration wait = Duration.between(windowStart, granted.peekFirst());
    return wait.isZero() || wait.isNegative() ? Duration.ofMillis(1) : wait;
  }
}
