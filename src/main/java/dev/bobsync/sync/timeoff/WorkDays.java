package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.TimeOffDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a HiBob request into the days and whole hours Remote takes (rule R9): 8 hours per work day,
 * 4 for a morning or afternoon, days outside the person's work week and before the look-back date
 * left out; a request in hours keeps its hours, rounded to whole ones, at most 8 a day.
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

  /**
   * The days of a request with valid dates, counted in {@code week} from {@code from} on, by its
   * request type: {@code days} (8 hours a day, 4 for a morning or afternoon at either end), {@code
   * portionOnRange} (4 hours each day), {@code hours} (its hours on its one day), {@code
   * hoursOnRange} (its daily hours each day), and the per-day types (each listed day's hours).
   * Hours are rounded as {@link HourRounding} says.
   */
  static Result of(TimeOffRequest r, Set<DayOfWeek> week, LocalDate from) {
    LocalDate start = r.startDate().isBefore(from) ? from : r.startDate();
    RequestKind kind = RequestKind.of(r);
    if (kind == RequestKind.UNSUPPORTED) {
      return new Problem(
          TimeOffReason.UNSUPPORTED_REQUEST_TYPE,
          "is a HiBob \""
              + r.type()
              + "\" request, which bobsync cannot turn into days and hours: book it in Remote"
              + " by hand.");
    }
    boolean inHours = kind == RequestKind.HOURS || kind == RequestKind.HOURS_ON_RANGE;
    if (inHours && (r.hours() == null || r.hours() <= 0)) {
      return new Problem(
          TimeOffReason.INVALID_HOURS,
          "asks "
              + (r.hours() == null ? "no number of" : HourRounding.plain(r.hours()))
              + " hours"
              + (kind == RequestKind.HOURS ? " on " + start : " a day")
              + "; Remote takes whole hours from 1 to 8 per day. Correct it in HiBob.");
    }
    Map<LocalDate, Double> asked = new TreeMap<>();
    for (LocalDate d = start; !d.isAfter(r.endDate()); d = d.plusDays(1)) {
      Double hours = kind.hoursOn(r, d);
      if (hours != null) {
        asked.put(d, hours);
      }
    }
    if (kind.perDay() && asked.isEmpty()) {
      return new Problem(
          TimeOffReason.INVALID_HOURS,
          "asks no hours on any day from " + start + " in HiBob. Correct it in HiBob.");
    }
    Map<LocalDate, Double> working = new TreeMap<>(asked);
    working.keySet().removeIf(d -> !week.contains(d.getDayOfWeek()));
    if (working.isEmpty()) {
      return new Problem(TimeOffReason.NO_WORK_DAYS, noWorkDays(week));
    }
    HourRounding.Rounded rounded = HourRounding.round(working);
    if (rounded.tooMany() != null) {
      return new Problem(
          TimeOffReason.INVALID_HOURS,
          "asks "
              + HourRounding.plain(working.get(rounded.tooMany()))
              + " hours on "
              + rounded.tooMany()
              + "; Remote takes whole hours from 1 to "
              + FULL_DAY
              + " per day. Correct it in HiBob.");
    }
    List<TimeOffDay> days = new ArrayList<>();
    rounded.hours().forEach((d, h) -> days.add(new TimeOffDay(d, h)));
    LocalDate last = kind.perDay() ? days.get(days.size() - 1).day() : r.endDate();
    LocalDate first = kind.perDay() ? days.get(0).day() : start;
    return new Days(first, last, days, rounded.note());
  }

  private static String noWorkDays(Set<DayOfWeek> week) {
    return "falls on no work day of the person's work week ("
        + String.join(", ", week.stream().map(d -> d.name().substring(0, 3)).toList())
        + "), so there is nothing to book.";
  }
}
