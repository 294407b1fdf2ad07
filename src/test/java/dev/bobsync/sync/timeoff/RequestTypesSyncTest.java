package dev.bobsync.sync.timeoff;

import static dev.bobsync.sync.timeoff.TimeOffHarness.ANA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.GUS;
import static dev.bobsync.sync.timeoff.TimeOffHarness.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.emulator.remote.Timeoff;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule R9 for every HiBob request type, end to end: the emulator files the request in its own
 * shape, bobsync reads the feed and the details and books Remote's days and whole hours.
 */
class RequestTypesSyncTest {
  @TempDir Path dir;
  TimeOffHarness h;

  @BeforeEach
  void start() {
    h = new TimeOffHarness(dir);
    assertThat(h.sync().people().error()).isNull();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private String file(TimeOffDraft d) {
    return String.valueOf(h.hibob.company().addTimeOffRequest(d));
  }

  private static TimeOffDraft draft(
      String who,
      String type,
      String start,
      String end,
      Double hours,
      String dayPortion,
      Double dailyHours,
      List<TimeOffDraft.DayDuration> durations) {
    return new TimeOffDraft(
        who,
        "Holiday",
        "approved",
        day(start),
        null,
        day(end),
        null,
        hours,
        type,
        dayPortion,
        dailyHours,
        durations);
  }

  private List<Timeoff.Day> booked(String requestId) {
    List<Timeoff> t = h.remoteTimeOff(requestId);
    assertThat(t).as("Remote time off of request " + requestId).hasSize(1);
    return t.get(0).days();
  }

  private static Timeoff.Day d(String day, int hours) {
    return new Timeoff.Day(LocalDate.parse(day), hours);
  }

  @Test
  void R9_everyRequestTypeIsBookedWithItsDaysAndWholeHours() {
    String hours = file(draft(ANA, "hours", "2026-11-23", "2026-11-23", 3.5, null, null, null));
    String portion =
        file(draft(ANA, "portionOnRange", "2026-11-26", "2026-11-30", null, "morning", null, null));
    String range =
        file(draft(GUS, "hoursOnRange", "2026-11-23", "2026-11-24", null, null, 2.0, null));
    String perDay =
        file(
            draft(
                GUS,
                "differentDayDurations",
                "2026-11-25",
                "2026-11-27",
                null,
                null,
                null,
                List.of(
                    new TimeOffDraft.DayDuration(day("2026-11-25"), 1, 30),
                    new TimeOffDraft.DayDuration(day("2026-11-26"), 0, 0),
                    new TimeOffDraft.DayDuration(day("2026-11-27"), 6, 0))));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.error()).isNull();
    assertThat(report.counts().booked()).isEqualTo(4);
    assertThat(booked(hours)).containsExactly(d("2026-11-23", 4));
    assertThat(h.record(hours).message()).contains("3.5 hours in HiBob, booked as 4");
    // what the Time off tab shows in its "Booked in Remote" column
    assertThat(h.record(hours).bookedDays()).isEqualTo("2026-11-23:4");
    assertThat(h.record(range).bookedDays()).isEqualTo("2026-11-23:2 2026-11-24:2");
    assertThat(booked(portion))
        .containsExactly(d("2026-11-26", 4), d("2026-11-27", 4), d("2026-11-30", 4));
    assertThat(booked(range)).containsExactly(d("2026-11-23", 2), d("2026-11-24", 2));
    assertThat(booked(perDay)).containsExactly(d("2026-11-25", 2), d("2026-11-27", 6));
    assertThat(h.record(perDay).message()).contains("1.5 on 2026-11-25 as 2");
    assertThat(h.syncTimeOff().counts().booked()).isZero();
  }

  @Test
  void R9_anEditChainCancelsTheOldBookingAndBooksTheLastRequestExactlyOnce() {
    String first = file(draft(ANA, "days", "2026-11-23", "2026-11-24", null, null, null, null));
    h.syncTimeOff();
    assertThat(h.record(first).status()).isEqualTo("booked");
    long second =
        h.hibob
            .company()
            .changeTimeOffDates(
                Long.parseLong(first), day("2026-11-24"), "all_day", day("2026-11-25"), "all_day");
    String third =
        String.valueOf(
            h.hibob
                .company()
                .changeTimeOffDates(
                    second, day("2026-11-25"), "all_day", day("2026-11-26"), "all_day"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.error()).isNull();
    assertThat(h.remoteTimeOff(first))
        .singleElement()
        .extracting(Timeoff::status)
        .isEqualTo("cancelled");
    assertThat(h.record(first).reasonCode()).isEqualTo("REPLACED_IN_HIBOB");
    assertThat(h.remoteTimeOff(String.valueOf(second))).isEmpty();
    assertThat(booked(third)).containsExactly(d("2026-11-25", 8), d("2026-11-26", 8));
    h.syncTimeOff();
    h.syncTimeOff();
    assertThat(h.remoteTimeOff(third)).hasSize(1);
    assertThat(h.remoteTimeOff(first)).extracting(Timeoff::status).containsExactly("cancelled");
    assertThat(h.remoteTimeOff(String.valueOf(second))).isEmpty();
  }

  @Test
  void R9_aFeedWithoutCreatedOnBooksAndCancelsAlike() {
    h.hibob.answerShapes(
        h.hibob
            .answerShapes()
            .with(JsonNodeFactory.instance.objectNode().put("feedCreatedOn", false)));
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-23"), day("2026-11-24"));
    assertThat(h.syncTimeOff().counts().booked()).isEqualTo(1);
    h.hibob.company().setTimeOffStatus(Long.parseLong(id), "canceled");
    assertThat(h.syncTimeOff().counts().cancelled()).isEqualTo(1);
    assertThat(h.remoteTimeOff(id))
        .singleElement()
        .extracting(Timeoff::status)
        .isEqualTo("cancelled");
  }
}
