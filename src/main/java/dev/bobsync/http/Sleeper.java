package dev.bobsync.http;

import java.time.Duration;

/** Waits; tests replace it with one that moves a settable clock instead. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
