package dev.bobsync.emulator;

import java.util.Random;

/**
 * Faults an emulator injects on demand, set through its control API: latency, a share of 5xx
 * answers, forced 429s, truncated bodies and connections dropped after a write was committed.
 */
public final class Faults {
  /**
   * What to inject. Counters ({@code force429}, {@code truncateNext}, {@code dropNext}) apply to
   * that many of the next vendor-API requests, then stop.
   */
  public record Settings(
      long latencyMs,
      double errorRate,
      int errorStatus,
      int force429,
      int truncateNext,
      int dropNext) {
    public static final Settings NONE = new Settings(0, 0, 503, 0, 0, 0);

    public Settings {
      if (latencyMs < 0) {
        throw new IllegalArgumentException("latencyMs must not be negative");
      }
      if (errorRate < 0 || errorRate > 1) {
        throw new IllegalArgumentException("errorRate must be between 0 and 1");
      }
      if (errorStatus == 0) {
        errorStatus = 503;
      }
      if (errorStatus < 500 || errorStatus > 599) {
        throw new IllegalArgumentException("errorStatus must be a 5xx status");
      }
      if (force429 < 0 || truncateNext < 0 || dropNext < 0) {
        throw new IllegalArgumentException("fault counters must not be negative");
      }
    }
  }

  /** What the emulator should do with the request in hand, before running its handler. */
  public enum Decision {
    NONE,
    RATE_LIMITED,
    SERVER_ERROR
  }

  private final Random random;
  private Settings settings = Settings.NONE;
  private int force429Left;
  private int truncateLeft;
  private int dropLeft;

  public Faults(long seed) {
    this.random = new Random(seed);
  }

  public synchronized Settings settings() {
    return new Settings(
        settings.latencyMs(),
        settings.errorRate(),
        settings.errorStatus(),
        force429Left,
        truncateLeft,
        dropLeft);
  }

  /** Replaces every setting; {@link Settings#NONE} clears them. */
  public synchronized void set(Settings next) {
    settings = next;
    force429Left = next.force429();
    truncateLeft = next.truncateNext();
    dropLeft = next.dropNext();
  }

  /** Waits the configured latency, then says whether to answer 429, 5xx or normally. */
  public Decision before() {
    long latency;
    synchronized (this) {
      latency = settings.latencyMs();
    }
    if (latency > 0) {
      try {
        Thread.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      if (force429Left > 0) {
        force429Left--;
        return Decision.RATE_LIMITED;
      }
      if (settings.errorRate() > 0 && random.nextDouble() < settings.errorRate()) {
        return Decision.SERVER_ERROR;
      }
      return Decision.NONE;
    }
  }

  public synchronized int errorStatus() {
    return settings.errorStatus();
  }

  /** Whether the body about to be written should be cut short; counts one use. */
  public synchronized boolean takeTruncation() {
    if (truncateLeft > 0) {
      truncateLeft--;
      return true;
    }
    return false;
  }

  /** Whether the connection should be dropped after the write just committed; counts one use. */
  public synchronized boolean takeDrop() {
    if (dropLeft > 0) {
      dropLeft--;
      return true;
    }
    return false;
  }
}
