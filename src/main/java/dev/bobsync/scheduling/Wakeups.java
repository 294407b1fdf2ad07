package dev.bobsync.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes this instance look for due runs at a given soon time (a "Sync now", a webhook's window
 * ending), rather than at its next poll; polling covers everything else.
 */
final class Wakeups {
  private static final Duration AHEAD = Duration.ofMinutes(1);

  private final Runnable check;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bobsync-wakeups");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean on;

  Wakeups(Runnable check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  void start() {
    on = true;
  }

  /** Checks for due runs at {@code at}, when that is within a minute. */
  void at(Instant at) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    if (!on || delay > AHEAD.toMillis()) {
      return;
    }
    try {
      timer.schedule(check, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // stopping: the other instances take it
    }
  }

  void stop() {
    on = false;
    timer.shutdownNow();
  }
}
