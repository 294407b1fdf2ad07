package dev.bobsync.time;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in logs and output: "0.1 s", "42 s", "3 min 5 s", "2 h 4 min". */
public final class Elapsed {
  private Elapsed() {}

  public static String words(Duration d) {
    long millis = Math.max(0, d.toMillis());
    if (millis < 10_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    long minutes = seconds / 60;
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }
}
