package dev.bobsync.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed logins within a window for one e-mail
 * or from one address, further attempts are refused until the window has passed. Kept in memory per
 * instance.
 */
public final class LoginThrottle {
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long until this e-mail and address may try again; zero when they may now. */
  public Duration wait(String email, String address) {
    Duration a = waitFor("e:" + email.trim().toLowerCase(Locale.ROOT));
    Duration b = waitFor("a:" + address);
    return a.compareTo(b) > 0 ? a : b;
  }

  public void failed(String email, String address) {
    record("e:" + email.trim().toLowerCase(Locale.ROOT));
    record("a:" + address);
  }

  public void succeeded(String email) {
    failures.remove("e:" + email.trim().toLowerCase(Locale.ROOT));
  }

  private void record(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.instant());
      prune(times);
    }
  }

  private Duration waitFor(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Duration.ZERO;
    }
    synchronized (times) {
      prune(times);
      if (times.size() < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(clock.instant(), times.peekFirst().plus(window));
    }
  }

  private void prune(Deque<Instant> times) {
    Instant cutoff = clock.instant().minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }
}
