package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.TimeOffSpan;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How a HiBob request type says what is asked on each day (rule R9). HiBob's types: {@code days}
 * (whole days, the first and last possibly a morning or afternoon), {@code portionOnRange} (a
 * morning or an afternoon every day), {@code hours} (hours on one day), {@code hoursOnRange} (the
 * same hours every day) and the per-day types ({@code differentDayDurations}, {@code
 * specificHoursDayDurations}, {@code differentSpecificHoursDayDurations}: a list of days with their
 * hours or portion). Others ({@code percentageOnRange}, {@code openEnded}, anything newer) are not
 * guessed.
 */
enum RequestKind {
  DAYS(false),
  PORTION_ON_RANGE(false),
  HOURS(false),
  HOURS_ON_RANGE(false),
  PER_DAY(true),
  UNSUPPORTED(false);

  private static final Set<String> PER_DAY_TYPES =
      Set.of(
          "differentdaydurations",
          "specifichoursdaydurations",
          "differentspecifichoursdaydurations");

  private final boolean perDay;

  RequestKind(boolean perDay) {
    this.perDay = perDay;
  }

  /** Whether the request lists its own days, rather than covering every day of its range. */
  boolean perDay() {
    return perDay;
  }

  static RequestKind of(TimeOffRequest r) {
    String t = r.type() == null ? "" : r.type().trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return r.hours() != null ? HOURS : DAYS;
    }
    return switch (t) {
      case "days" -> DAYS;
      case "portiononrange" -> PORTION_ON_RANGE;
      case "hours" -> r.startDate().equals(r.endDate()) ? HOURS : UNSUPPORTED;
      case "hoursonrange" -> HOURS_ON_RANGE;
      default -> PER_DAY_TYPES.contains(t) || !r.durations().isEmpty() ? PER_DAY : UNSUPPORTED;
    };
  }

  /** The hours asked on {@code day}, or {@code null} when the request takes nothing that day. */
  Double hoursOn(TimeOffRequest r, LocalDate day) {
    return switch (this) {
      case DAYS -> {
        boolean half =
            day.equals(r.startDate())
                ? isHalf(r.startPortion())
                : day.equals(r.endDate()) && isHalf(r.endPortion());
        yield (double) (half ? WorkDays.HALF_DAY : WorkDays.FULL_DAY);
      }
      case PORTION_ON_RANGE -> (double) WorkDays.HALF_DAY;
      case HOURS, HOURS_ON_RANGE -> r.hours();
      case PER_DAY -> listed(r, day);
      case UNSUPPORTED -> null;
    };
  }

  private static Double listed(TimeOffRequest r, LocalDate day) {
    double total = 0;
    boolean found = false;
    for (TimeOffSpan.Day d : r.durations()) {
      if (!d.date().equals(day)) {
        continue;
      }
      Double hours =
          d.hours() != null
              ? d.hours()
              : d.portion() == null
                  ? null
                  : (double) (isHalf(d.portion()) ? WorkDays.HALF_DAY : WorkDays.FULL_DAY);
      if (hours != null) {
        total += hours;
        found = true;
      }
    }
    return found && total > 0 ? total : null;
  }

  private static boolean isHalf(String portion) {
    return "morning".equalsIgnoreCase(portion) || "afternoon".equalsIgnoreCase(portion);
  }
}
