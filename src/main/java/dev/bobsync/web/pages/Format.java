package dev.bobsync.web.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times and durations read on the page. */
public final class Format {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Format() {}

  public static String when(Instant at) {
    return at == null ? "never" : WHEN.format(at);
  }

  /** "3 min ago", "in 42 min", "just now". */
  public static String relative(Instant at, Clock clock) {
    if (at == null) {
      return "never";
    }
    Duration d = Duration.between(clock.instant(), at);
    boolean future = !d.isNegative() && !d.isZero();
    long minutes = Math.abs(d.toMinutes());
    String amount;
    if (minutes < 1) {
      return future ? "in under a minute" : "just now";
    } else if (minutes < 60) {
      amount = minutes + " min";
    } else if (minutes < 48 * 60) {
      amount = (minutes / 60) + " h";
    } else {
      amount = (minutes / (60 * 24)) + " days";
    }
    return future ? "in " + amount : amount + " ago";
  }

  public static String seconds(Duration d) {
    if (d == null) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
