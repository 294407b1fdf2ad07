package dev.bobsync.cli;

import dev.bobsync.scheduling.SyncInterval;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "90m", "4h", "1h30m" and back; "0" or "off" for no interval (syncs on demand and webhooks). An
 * interval is in {@link SyncInterval}'s range.
 */
final class Durations {
  private static final Pattern SHAPE = Pattern.compile("^(?:(\\d+)h)?(?:(\\d+)m)?$");

  private Durations() {}

  static Duration parse(String text, String option) {
    String t = text.trim();
    if (t.equals("0") || t.equalsIgnoreCase("off")) {
      return Duration.ZERO;
    }
    Matcher m = SHAPE.matcher(text.trim());
    if (text.isBlank() || !m.matches()) {
      throw new IllegalArgumentException(
          option
              + " takes a duration like 60m, 4h or 1h30m, or 0 (off: only \"Sync now\" and"
              + " webhooks), not \""
              + text
              + "\"");
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    Duration d = Duration.ofHours(hours).plusMinutes(minutes);
    return SyncInterval.check(d, option);
  }

  private static final Pattern SHORT = Pattern.compile("^(\\d+)(ms|s|m|h)$");

  /** "200ms", "5s", "2m", "1h": the short waits an operator tunes. */
  static Duration parseShort(String text, String option) {
    Matcher m = SHORT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          option + " takes a duration like 200ms, 5s, 2m or 1h, not \"" + text + "\"");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
    if (d.isZero()) {
      throw new IllegalArgumentException(option + " must be more than zero");
    }
    return d;
  }

  static String format(Duration d) {
    if (d.isZero()) {
      return "off";
    }
    long h = d.toHours();
    long m = d.toMinutesPart();
    return (h > 0 ? h + "h" : "") + (m > 0 || h == 0 ? m + "m" : "");
  }
}
