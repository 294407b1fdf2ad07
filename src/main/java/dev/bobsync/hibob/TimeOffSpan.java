package dev.bobsync.hibob;

import java.time.LocalDate;
import java.util.List;

/**
 * What a HiBob time-off request asks for, in whichever of HiBob's request types it comes. Every
 * part HiBob did not send (or sent unreadable) is {@code null}; nothing is guessed here.
 *
 * @param type {@code days}, {@code hours}, {@code portionOnRange}, {@code hoursOnRange}, one of the
 *     {@code *DayDurations} types, or any newer type HiBob sends
 * @param startPortion {@code all_day}, {@code morning} or {@code afternoon} of the first day
 * @param endPortion the same for the last day
 * @param dayPortion {@code morning} or {@code afternoon} of every day ({@code portionOnRange})
 * @param hoursOnDate the hours asked on {@code startDate} ({@code hours})
 * @param dailyHours the hours asked on each day of the range ({@code hoursOnRange})
 * @param durations the amount asked on each listed day ({@code *DayDurations} types), else empty
 * @param durationUnit {@code days} or {@code hours}
 */
public record TimeOffSpan(
    String type,
    LocalDate startDate,
    String startPortion,
    LocalDate endDate,
    String endPortion,
    String dayPortion,
    Double hoursOnDate,
    Double dailyHours,
    List<Day> durations,
    String durationUnit,
    Double totalDuration) {

  public TimeOffSpan {
    durations = durations == null ? List.of() : List.copyOf(durations);
  }

  /** Nothing known. */
  public static final TimeOffSpan NONE =
      new TimeOffSpan(null, null, null, null, null, null, null, null, List.of(), null, null);

  /**
   * One day of a request with per-day durations.
   *
   * @param hours the hours asked that day (minutes included as a fraction), or {@code null}
   * @param portion {@code all_day}, {@code morning} or {@code afternoon} when the day is given as a
   *     portion rather than hours
   */
  public record Day(LocalDate date, Double hours, String portion) {}
}
