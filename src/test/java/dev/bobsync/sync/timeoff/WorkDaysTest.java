package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.remote.TimeOffDay;
import java.time.LocalDate;
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

  @Test
  void R9_hoursOverSeveralDaysAreNotGuessed() {
    TimeOffRequest range =
        new TimeOffRequest(
            "1",
            "201",
            null,
            "Holiday",
            "hoursOnRange",
            LocalDate.parse("2026-11-23"),
            null,
            LocalDate.parse("2026-11-24"),
            null,
            4.0,
            HibobState.APPROVED,
            null,
            null,
            null,
            null);
    assertThat(((WorkDays.Problem) WorkDays.of(range, MON_FRI, FROM)).reason())
        .isEqualTo(TimeOffReason.UNSUPPORTED_REQUEST_TYPE);
  }
}
