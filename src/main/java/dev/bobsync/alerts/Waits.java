package dev.bobsync.alerts;

import java.time.Duration;

/** A wait in words: "700 ms", "10 s". */
final class Waits {
  private Waits() {}

  static String words(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }
}
