package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.TimeOffSpan;
import dev.bobsync.remote.TimeOffDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Days and whole hours out of HiBob requests (rule R9). */
class WorkDaysTest {
  static final LocalDate FROM = LocalDate.parse("2026-01-01");
  static final Set<java.time.DayOfWeek> MON_FRI = Set.copyOf(TimeOffDefaults.MONDAY_TO_FRIDAY);
  static final Set<java.time.DayOfWeek> SUN_THU = Set.copyOf(TimeOffDefaults.SUNDAY_TO_THURSDAY);

  static TimeOffRequest days(String start, String startPortion, String end, String endPortion) {
    return new TimeOffRequest(
        "1",
        "201",
        null,
        "Holiday",
        "days",
        LocalDate.parse(start),
        startPortion,
        LocalDate.parse(end),
        endPortion,
        null,
        HibobState.APPROVED,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static TimeOffRequest hours(String day, double hours) {
    return new TimeOffRequest(
        "1",
        "201",
        null,
        "Holiday",
        "hours",
        LocalDate.parse(day),
        null,
        LocalDate.parse(day),
        null,
        hours,
        HibobState.APPROVED,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static TimeOffDay day(String day, int hours) {
    return new TimeOffDay(LocalDate.parse(day), hours);
  }

  @Test
  void R9_halfDayIsFourHours() {
    WorkDays.Days d =
        (WorkDays.Days)
            WorkDays.of(days("2026-11-23", "afternoon", "2026-11-25", "morning"), MON_FRI, FROM);
    assertThat(d.days())
        .containsExactly(day("2026-11-23", 4), day("2026-11-24", 8), day("2026-11-25", 4));
  }

  @Test
  void R9_weekendsAreSkippedPerWorkWeek() {
    TimeOffRequest friToMon = days("2026-11-27", "all_day", "2026-11-30", "all_day");
    assertThat(((WorkDays.Days) WorkDays.of(friToMon, MON_FRI, FROM)).days())
        .containsExactly(day("2026-11-27", 8), day("2026-11-30", 8));
    assertThat(((WorkDays.Days) WorkDays.of(friToMon, SUN_THU, FROM)).days())
        .containsExactly(day("2026-11-29", 8), day("2026-11-30", 8));
    WorkDays.Problem weekend =
        (WorkDays.Problem)
            WorkDays.of(days("2026-11-28", "all_day", "2026-11-29", "all_day"), MON_FRI, FROM);
    assertThat(weekend.reason()).isEqualTo(TimeOffReason.NO_WORK_DAYS);
  }

  @Test
  void R9_hoursAreWholeAndAtMostEightPerDay() {
    assertThat(((WorkDays.Days) WorkDays.of(hours("2026-11-23", 3), MON_FRI, FROM)).days())
        .containsExactly(day("2026-11-23", 3));
    WorkDays.Days rounded = (WorkDays.Days) WorkDays.of(hours("2026-11-23", 0.25), MON_FRI, FROM);
    assertThat(rounded.days()).containsExactly(day("2026-11-23", 1));
    assertThat(rounded.note()).contains("0.25 hours in HiBob, booked as 1");
    assertThat(((WorkDays.Problem) WorkDays.of(hours("2026-11-23", 9), MON_FRI, FROM)).reason())
        .isEqualTo(TimeOffReason.INVALID_HOURS);
    assertThat(((WorkDays.Problem) WorkDays.of(hours("2026-11-23", 0), MON_FRI, FROM)).reason())
        .isEqualTo(TimeOffReason.INVALID_HOURS);
  }

  @Test
  void R9_daysBeforeTheLookBackDateAreLeftOut() {
    WorkDays.Days d =
        (WorkDays.Days)
            WorkDays.of(days("2025-12-31", "afternoon", "2026-01-02", "all_day"), MON_FRI, FROM);
    assertThat(d.start()).isEqualTo(FROM);
    assertThat(d.days()).containsExactly(day("2026-01-01", 8), day("2026-01-02", 8));
    assertThat(WorkDays.dateProblem(days("2025-12-01", "all_day", "2025-12-31", "all_day"), FROM))
        .hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(TimeOffReason.BEFORE_LOOK_BACK));
  }

  static TimeOffRequest typed(
      String type,
      String start,
      String portion,
      String end,
      Double hours,
      List<TimeOffSpan.Day> durations) {
    return new TimeOffRequest(
        "1",
        "201",
        null,
        "Holiday",
        type,
        LocalDate.parse(start),
        portion,
        LocalDate.parse(end),
        portion,
        hours,
        HibobState.APPROVED,
        null,
        null,
        null,
        null,
        null,
        durations);
  }

  static WorkDays.Days booked(TimeOffRequest r) {
    return (WorkDays.Days) WorkDays.of(r, MON_FRI, FROM);
  }

  @Test
  void R9_portionOnRangeIsFourHoursEveryWorkDay() {
    WorkDays.Days d =
        booked(typed("portionOnRange", "2026-11-27", "morning", "2026-11-30", null, null));
    assertThat(d.days()).containsExactly(day("2026-11-27", 4), day("2026-11-30", 4));
    assertThat(d.note()).isNull();
  }

  @Test
  void R9_hoursOnRangeBooksItsDailyHoursRoundedOnEveryWorkDay() {
    WorkDays.Days d = booked(typed("hoursOnRange", "2026-11-27", null, "2026-11-30", 2.5, null));
    assertThat(d.days()).containsExactly(day("2026-11-27", 3), day("2026-11-30", 3));
    assertThat(d.note())
        .isEqualTo("2.5 hours a day in HiBob, booked as 3 a day (Remote takes whole hours).");
    WorkDays.Days exact =
        booked(typed("hoursOnRange", "2026-11-23", null, "2026-11-24", 6.0, null));
    assertThat(exact.days()).containsExactly(day("2026-11-23", 6), day("2026-11-24", 6));
    assertThat(exact.note()).isNull();
    assertThat(
            ((WorkDays.Problem)
                    WorkDays.of(
                        typed("hoursOnRange", "2026-11-23", null, "2026-11-24", 9.0, null),
                        MON_FRI,
                        FROM))
                .reason())
        .isEqualTo(TimeOffReason.INVALID_HOURS);
  }

  @Test
  void R9_perDayDurationsBookEachListedWorkDayWithItsWholeHours() {
    List<TimeOffSpan.Day> durations =
        List.of(
            new TimeOffSpan.Day(LocalDate.parse("2026-11-23"), 2.25, null),
            new TimeOffSpan.Day(LocalDate.parse("2026-11-24"), 0.0, null),
            new TimeOffSpan.Day(LocalDate.parse("2026-11-25"), null, "afternoon"),
            new TimeOffSpan.Day(LocalDate.parse("2026-11-26"), 7.5, null),
            new TimeOffSpan.Day(LocalDate.parse("2026-11-28"), 3.0, null));
    for (String type :
        List.of(
            "differentDayDurations",
            "specificHoursDayDurations",
            "differentSpecificHoursDayDurations")) {
      WorkDays.Days d = booked(typed(type, "2026-11-23", null, "2026-11-28", null, durations));
      assertThat(d.days())
          .as(type)
          .containsExactly(day("2026-11-23", 2), day("2026-11-25", 4), day("2026-11-26", 8));
      assertThat(d.start()).isEqualTo(LocalDate.parse("2026-11-23"));
      assertThat(d.end()).isEqualTo(LocalDate.parse("2026-11-26"));
      assertThat(d.note()).contains("2.25 on 2026-11-23 as 2", "7.5 on 2026-11-26 as 8");
    }
  }

  @Test
  void R9_typesThatCannotBeWholeHoursAreNotGuessed() {
    for (String type : List.of("percentageOnRange", "openEnded", "somethingNew")) {
      WorkDays.Problem p =
          (WorkDays.Problem)
              WorkDays.of(typed(type, "2026-11-23", null, "2026-11-24", null, null), MON_FRI, FROM);
      assertThat(p.reason()).isEqualTo(TimeOffReason.UNSUPPORTED_REQUEST_TYPE);
      assertThat(p.message()).contains("\"" + type + "\"", "book it in Remote by hand");
    }
  }

  @Test
  void R9_roundingIsToTheNearestWholeHourHalvesUpAtLeastOne() {
    assertThat(booked(hours("2026-11-23", 2.5)).days()).containsExactly(day("2026-11-23", 3));
    assertThat(booked(hours("2026-11-23", 2.49)).days()).containsExactly(day("2026-11-23", 2));
    assertThat(booked(hours("2026-11-23", 0.4)).days()).containsExactly(day("2026-11-23", 1));
    assertThat(booked(hours("2026-11-23", 8.4)).days()).containsExactly(day("2026-11-23", 8));
  }
}
