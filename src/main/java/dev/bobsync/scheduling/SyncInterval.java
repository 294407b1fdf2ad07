package dev.bobsync.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * The one range of automatic-sync intervals an admin may choose, on the page, the CLI and the API:
 * off (only "Sync now" and webhooks), or from 15 minutes to 24 hours.
 */
public final class SyncInterval {
  public static final Duration MIN = Duration.ofMinutes(15);
  public static final Duration MAX = Duration.ofHours(24);

  /** The choices the page offers, in minutes; 0 is off. */
  public static final List<Integer> CHOICES = List.of(15, 30, 60, 120, 240, 720, 1440, 0);

  /** The range in words, for labels, help texts and errors. */
  public static final String RANGE =
      "from 15 minutes to 24 hours, or off (only \"Sync now\" and webhooks)";

  private SyncInterval() {}

  /** {@code interval} when it is in the range; else a clear error naming {@code what}. */
  public static Duration check(Duration interval, String what) {
    if (interval == null
        || interval.isNegative()
        || (!interval.isZero() && (interval.compareTo(MIN) < 0 || interval.compareTo(MAX) > 0))) {
      throw new IllegalArgumentException(
          what + " must be " + RANGE + ", not " + (interval == null ? "empty" : words(interval)));
    }
    return interval;
  }

  /** {@code minutes} as an interval when in the range (0 is off); else a clear error. */
  public static Duration ofMinutes(long minutes, String what) {
    return check(Duration.ofMinutes(minutes), what);
  }

  /** "15 minutes", "1 hour", "1 hour 30 minutes", "off". */
  public static String words(Duration d) {
    if (d.isZero()) {
      return "off";
    }
    long h = d.toHours();
    long m = d.toMinutesPart();
    String hours = h == 0 ? "" : h + (h == 1 ? " hour" : " hours");
    String minutes = m == 0 ? "" : m + (m == 1 ? " minute" : " minutes");
    if (h == 0 && m == 0) {
      return d.toSeconds() + " seconds";
    }
    return (hours + " " + minutes).trim();
  }
}
