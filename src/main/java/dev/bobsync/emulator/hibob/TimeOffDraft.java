package dev.bobsync.emulator.hibob;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A time-off request to add, in one of HiBob's request types: {@code days} (whole or half days),
 * {@code hours} ({@code hours} on one day), {@code portionOnRange} (a {@code dayPortion} every
 * day), {@code hoursOnRange} ({@code dailyHours} every day) or a per-day type ({@code
 * differentDayDurations}, {@code specificHoursDayDurations}, {@code
 * differentSpecificHoursDayDurations}: {@code durations} lists each day's hours and minutes).
 * Without a {@code type} it is {@code hours} when {@code hours} is set, else {@code days}.
 */
public record TimeOffDraft(
    String employeeId,
    String policyType,
    String status,
    LocalDate startDate,
    String startDatePortion,
    LocalDate endDate,
    String endDatePortion,
    Double hours,
    String type,
    String dayPortion,
    Double dailyHours,
    List<DayDuration> durations) {

  static final Set<String> STATUSES = Set.of("approved", "pending", "declined", "canceled");
  static final Set<String> PORTIONS = Set.of("all_day", "morning", "afternoon");
  static final Set<String> PER_DAY_TYPES =
      Set.of(
          "differentDayDurations",
          "specificHoursDayDurations",
          "differentSpecificHoursDayDurations");
  static final Set<String> TYPES = Set.of("days", "hours", "portionOnRange", "hoursOnRange");

  /** One day of a per-day request, as HiBob writes it. */
  public record DayDuration(LocalDate date, int hours, int minutes) {
    public DayDuration {
      Objects.requireNonNull(date, "date");
      if (hours < 0 || minutes < 0 || minutes > 59 || hours > 24) {
        throw new IllegalArgumentException("a day's duration is 0-24 hours and 0-59 minutes");
      }
    }

    double asHours() {
      return hours + minutes / 60.0;
    }
  }

  /** A request in days, or in hours on one day when {@code hours} is set. */
  public TimeOffDraft(
      String employeeId,
      String policyType,
      String status,
      LocalDate startDate,
      String startDatePortion,
      LocalDate endDate,
      String endDatePortion,
      Double hours) {
    this(
        employeeId,
        policyType,
        status,
        startDate,
        startDatePortion,
        endDate,
        endDatePortion,
        hours,
        null,
        null,
        null,
        null);
  }

  public TimeOffDraft {
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(startDate, "startDate");
    policyType = policyType == null ? "Holiday" : policyType;
    status = status == null ? "pending" : status;
    endDate = endDate == null ? startDate : endDate;
    startDatePortion = startDatePortion == null ? "all_day" : startDatePortion;
    endDatePortion = endDatePortion == null ? "all_day" : endDatePortion;
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", not " + status);
    }
    if (!PORTIONS.contains(startDatePortion) || !PORTIONS.contains(endDatePortion)) {
      throw new IllegalArgumentException("portions must be one of " + PORTIONS);
    }
    if (endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("endDate " + endDate + " is before startDate");
    }
    type = type == null ? (hours == null ? "days" : "hours") : type;
    durations = durations == null ? List.of() : List.copyOf(durations);
    if (!TYPES.contains(type) && !PER_DAY_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "type must be one of " + TYPES + " or " + PER_DAY_TYPES + ", not " + type);
    }
    if (type.equals("hours") && (hours == null || hours <= 0 || !endDate.equals(startDate))) {
      throw new IllegalArgumentException("hours must be positive and on a single day");
    }
    if (type.equals("portionOnRange")
        && !"morning".equals(dayPortion)
        && !"afternoon".equals(dayPortion)) {
      throw new IllegalArgumentException(
          "a portionOnRange request needs dayPortion morning or afternoon");
    }
    if (type.equals("hoursOnRange") && (dailyHours == null || dailyHours <= 0)) {
      throw new IllegalArgumentException("an hoursOnRange request needs positive dailyHours");
    }
    if (PER_DAY_TYPES.contains(type)) {
      if (durations.isEmpty()) {
        throw new IllegalArgumentException("a " + type + " request needs durations");
      }
      for (DayDuration d : durations) {
        if (d.date().isBefore(startDate) || d.date().isAfter(endDate)) {
          throw new IllegalArgumentException(
              "duration date " + d.date() + " is outside the request");
        }
      }
    }
  }

  /** The same request with another status. */
  public TimeOffDraft withStatus(String newStatus) {
    return new TimeOffDraft(
        employeeId,
        policyType,
        newStatus,
        startDate,
        startDatePortion,
        endDate,
        endDatePortion,
        hours,
        type,
        dayPortion,
        dailyHours,
        durations);
  }

  /** The same request with other dates, keeping everything else. */
  public TimeOffDraft withDates(
      LocalDate start, String startPortion, LocalDate end, String endPortion, Double newHours) {
    List<DayDuration> kept =
        durations.stream()
            .filter(d -> !d.date().isBefore(start) && !d.date().isAfter(end))
            .toList();
    return new TimeOffDraft(
        employeeId,
        policyType,
        status,
        start,
        startPortion,
        end,
        endPortion,
        newHours,
        type,
        dayPortion,
        dailyHours,
        kept.isEmpty() && PER_DAY_TYPES.contains(type)
            ? List.of(new DayDuration(start, 4, 0))
            : kept);
  }
}
