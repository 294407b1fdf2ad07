package dev.bobsync.emulator.hibob;

/**
 * Requests allowed per minute and service user: people search, other reads and writes (each route
 * has its own window), and failed logins per client address before the WAF throttles it.
 */
public record RateLimits(
    int searchPerMinute, int readsPerMinute, int writesPerMinute, int authFailuresPerMinute) {

  /** HiBob's published limits (search 50/min) and the assumed ones for everything else. */
  public static final RateLimits DEFAULT = new RateLimits(50, 50, 10, 10);

  public RateLimits {
    if (searchPerMinute < 1
        || readsPerMinute < 1
        || writesPerMinute < 1
        || authFailuresPerMinute < 1) {
      throw new IllegalArgumentException("rate limits must be at least 1 per minute");
    }
  }

  /** Limits no benchmark reaches, for measuring the caller rather than the limiter. */
  public static RateLimits unlimited() {
    int max = Integer.MAX_VALUE / 2;
    return new RateLimits(max, max, max, 10);
  }

  int perMinute(Bucket bucket) {
    return switch (bucket) {
      case SEARCH -> searchPerMinute;
      case READ -> readsPerMinute;
      case WRITE -> writesPerMinute;
    };
  }

  /** Which limit a route counts against. */
  enum Bucket {
    SEARCH,
    READ,
    WRITE
  }
}
