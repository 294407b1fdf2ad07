package dev.bobsync.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing with delays that grow with each failure instead of a lockout a stranger
 * could hold. Failures are counted per e-mail and client address together, per address, and per
 * e-mail; after {@code freeFailures} the next try waits 5 s, then 10 s, 20 s... A pair or an
 * address waits up to {@code maxDelay}; an e-mail alone waits at most {@link #EMAIL_MAX_DELAY}, so
 * someone guessing an admin's password from elsewhere never keeps the admin out for longer than
 * that when the admin comes from another address. Failures are forgotten after {@code maxDelay}
 * without any. Kept in memory per instance.
 */
public final class LoginThrottle {
  /** The longest wait that failures on one e-mail impose on every address. */
  public static final Duration EMAIL_MAX_DELAY = Duration.ofSeconds(30);

  private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

  private final Clock clock;
  private final int freeFailures;
  private final Duration maxDelay;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last) {}

  public LoginThrottle(Clock clock, int freeFailures, Duration maxDelay) {
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
  }

  /** How long until this e-mail may try again from this address; zero when it may now. */
  public Duration wait(String email, String address) {
    Duration pair = waitFor(pairKey(email, address), maxDelay);
    Duration from = waitFor("a:" + address, maxDelay);
    Duration of =
        waitFor(
            emailKey(email), EMAIL_MAX_DELAY.compareTo(maxDelay) < 0 ? EMAIL_MAX_DELAY : maxDelay);
    Duration longest = pair.compareTo(from) > 0 ? pair : from;
    return longest.compareTo(of) > 0 ? longest : of;
  }

  public void failed(String email, String address) {
    record(pairKey(email, address));
    record("a:" + address);
    record(emailKey(email));
  }

  /** A correct password: the e-mail's failures, from every address, are forgotten. */
  public void succeeded(String email) {
    String key = emailKey(email);
    failures.remove(key);
    String pairPrefix = "p:" + normalized(email) + "|";
    failures.keySet().removeIf(k -> k.startsWith(pairPrefix));
  }

  private void record(String key) {
    Instant now = clock.instant();
    failures.compute(
        key,
        (k, f) ->
            f == null || forgotten(f, now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
  }

  private Duration waitFor(String key, Duration cap) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || forgotten(f, now) || f.count() < freeFailures) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, f.last().plus(delay(f.count(), cap)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** 5 s after the first failure beyond the free ones, doubling each time, up to {@code cap}. */
  private Duration delay(int count, Duration cap) {
    int doublings = Math.min(count - freeFailures, 30);
    Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
    return d.compareTo(cap) > 0 ? cap : d;
  }

  private boolean forgotten(Failures f, Instant now) {
    return !f.last().plus(maxDelay).isAfter(now);
  }

  private static String pairKey(String email, String address) {
    return "p:" + normalized(email) + "|" + address;
  }

  private static String emailKey(String email) {
    return "e:" + normalized(email);
  }

  private static String normalized(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
