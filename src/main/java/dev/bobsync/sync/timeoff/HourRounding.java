package dev.bobsync.sync.timeoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remote takes whole hours, from 1 to 8 a day (rule R9). Each day's hours are rounded to the
 * nearest whole hour, halves up (2.5 becomes 3, 2.4 becomes 2); anything above zero is at least 1
 * hour. A day that still comes to more than 8 is refused, not cut: HiBob must be corrected.
 */
final class HourRounding {
  private HourRounding() {}

  /**
   * Whole hours per day, the first day asking more than 8 (or {@code null}), and a note for the
   * admin when any day was rounded (or {@code null}).
   */
  record Rounded(Map<LocalDate, Integer> hours, LocalDate tooMany, String note) {}

  static Rounded round(Map<LocalDate, Double> asked) {
    Map<LocalDate, Integer> whole = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    LocalDate tooMany = null;
    for (Map.Entry<LocalDate, Double> e : asked.entrySet()) {
      double h = e.getValue();
      int n = (int) Math.max(1, Math.floor(h + 0.5));
      if (n > WorkDays.FULL_DAY && tooMany == null) {
        tooMany = e.getKey();
      }
      if (n != h) {
        changed.add(plain(h) + " on " + e.getKey() + " as " + n);
      }
      whole.put(e.getKey(), n);
    }
    return new Rounded(whole, tooMany, note(asked, whole, changed));
  }

  private static String note(
      Map<LocalDate, Double> asked, Map<LocalDate, Integer> whole, List<String> changed) {
    if (changed.isEmpty()) {
      return null;
    }
    if (asked.size() == 1) {
      double h = asked.values().iterator().next();
      return plain(h)
          + " hours in HiBob, booked as "
          + whole.values().iterator().next()
          + " (Remote takes whole hours).";
    }
    boolean same =
        asked.values().stream().distinct().count() == 1
            && whole.values().stream().distinct().count() == 1;
    if (same && changed.size() == asked.size()) {
      return plain(asked.values().iterator().next())
          + " hours a day in HiBob, booked as "
          + whole.values().iterator().next()
          + " a day (Remote takes whole hours).";
    }
    List<String> shown = changed.size() > 5 ? changed.subList(0, 5) : changed;
    return "Hours in HiBob rounded to whole hours for Remote: "
        + String.join(", ", shown)
        + (changed.size() > shown.size() ? " and " + (changed.size() - shown.size()) + " more" : "")
        + ".";
  }

  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
