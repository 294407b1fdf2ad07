package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.TimeOffDay;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a HiBob request into the days and whole hours Remote takes (rule R9): 8 hours per work day,
 * 4 for a morning or afternoon, days outside the person's work week and before the look-back date
 * left out; a request in hours keeps its hours, rounded to whole ones, at most 8.
 */
final class WorkDays {
  static final int FULL_DAY = 8;
  static final int HALF_DAY = 4;

  /** What a request comes to: days to book, or why there are none. */
  sealed interface Result permits Days, Problem {}

  /**
   * Days to book from {@code start} to {@code end}.
   *
   * @param note something the admin should know about how the hours were counted, or null
   */
  record Days(LocalDate start, LocalDate end, List<TimeOffDay> days, String note)
      implements Result {}

  /** Why nothing can be booked; {@code message} completes "request N of NAME ...". */
  record Problem(TimeOffReason reason, String message) implements Result {}

  private WorkDays() {}

  /** Missing or reversed dates, or days all before {@code from}. */
  static Optional<Problem> dateProblem(TimeOffRequest r, LocalDate from) {
    if (r.startDate() == null || r.endDate() == null) {
      return Optional.of(
          new Problem(TimeOffReason.INVALID_DATES, "has no readable start or end date in HiBob"));
    }
    if (r.endDate().isBefore(r.startDate())) {
      return Optional.of(
          new Problem(
              TimeOffReason.INVALID_DATES,
              "ends ("
                  + r.endDate()
                  + ") before it starts ("
                  + r.startDate()
                  + "). Correct it in HiBob."));
    }
    if (r.endDate().isBefore(from)) {
      return Optional.of(
          new Problem(
              TimeOffReason.BEFORE_LOOK_BACK,
              "is before "
                  + from
                  + ", the first day time off is synced from (the look-back setting)."));
    }
    return Optional.empty();
  }

  /** The days of a request with valid dates, counted in {@code week} from {@code from} on. */
  static Result of(TimeOffRequest r, Set<DayOfWeek> week, LocalDate from) {
    if ("hoursOnRange".equalsIgnoreCase(r.type())) {
      return new Problem(
          TimeOffReason.UNSUPPORTED_REQUEST_TYPE,
          "is in hours over several days, which bobsync cannot split into days: book it in"
              + " Remote by hand.");
    }
    LocalDate start = r.startDate().isBefore(from) ? from : r.startDate();
    if (r.inHours()) {
      return hours(r, week, start);
    }
    List<TimeOffDay> days = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(r.endDate()); d = d.plusDays(1)) {
      if (!week.contains(d.getDayOfWeek())) {
        continue;
      }
      boolean half =
          d.equals(r.startDate())
              ? isHalf(r.startPortion())
              : d.equals(r.endDate()) && isHalf(r.endPortion());
      days.add(new TimeOffDay(d, half ? HALF_DAY : FULL_DAY));
    }
    if (days.isEmpty()) {
      return new Problem(TimeOffReason.NO_WORK_DAYS, noWorkDays(week));
    }
    return new Days(start, r.endDate(), days, null);
  }

  private static Result hours(TimeOffRequest r, Set<DayOfWeek> week, LocalDate day) {
    if (!r.startDate().equals(r.endDate())) {
      return new Problem(
          TimeOffReason.UNSUPPORTED_REQUEST_TYPE,
          "is in hours over several days, which bobsync cannot split into days: book it in"
              + " Remote by hand.");
    }
    Double asked = r.hours();
    if (asked == null || asked <= 0 || asked > FULL_DAY) {
      return new Problem(
          TimeOffReason.INVALID_HOURS,
          "asks "
              + (asked == null ? "no number of" : plain(asked))
              + " hours on "
              + day
              + "; Remote takes whole hours from 1 to 8 per day. Correct it in HiBob.");
    }
    if (!week.contains(day.getDayOfWeek())) {
      return new Problem(TimeOffReason.NO_WORK_DAYS, noWorkDays(week));
    }
    int whole = (int) Math.max(1, Math.round(asked));
    String note =
        whole == asked
            ? null
            : plain(asked) + " hours in HiBob, booked as " + whole + " (Remote takes whole hours).";
    return new Days(day, day, List.of(new TimeOffDay(day, whole)), note);
  }

  private static boolean isHalf(String portion) {
    return "morning".equalsIgnoreCase(portion) || "afternoon".equalsIgnoreCase(portion);
  }

  private static String noWorkDays(Set<DayOfWeek> week) {
    return "falls on no work day of the person's work week ("
        + String.join(", ", week.stream().map(d -> d.name().substring(0, 3)).toList())
        + "), so there is nothing to book.";
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
