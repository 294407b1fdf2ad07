package dev.bobsync.compensation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** HiBob's raw dates: ISO {@code yyyy-MM-dd}, sometimes with a time after it. */
final class Dates {
  private Dates() {}

  /** The date, or {@code null} when {@code raw} is not one. */
  static LocalDate parse(String raw) {
    String s = raw.trim();
    if (s.length() > 10 && s.charAt(10) == 'T') {
      s = s.substring(0, 10);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }
}
