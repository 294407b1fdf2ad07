package dev.bobsync.sync.timeoff;

import static dev.bobsync.sync.timeoff.TimeOffHarness.ANA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.GUS;
import static dev.bobsync.sync.timeoff.TimeOffHarness.SAM;
import static dev.bobsync.sync.timeoff.TimeOffHarness.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.remote.Timeoff;
import dev.bobsync.store.TimeOffRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes, lost answers, server errors, the look-back date and HiBob's six-month feed. */
class TimeOffSyncFailuresTest {
  /** Stands for the process dying: not an exception the sync could catch. */
  static final class Crash extends Error {
    Crash() {
      super("simulated crash");
    }
  }

  @TempDir Path dir;
  TimeOffHarness h;

  @BeforeEach
  void start() {
    h = new TimeOffHarness(dir);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void R9_aCrashBetweenBookingAndRecordingEndsWithExactlyOneRemoteTimeOff() {
    h.sync();
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-25"));
    String other = h.request(SAM, "Holiday", "approved", day("2026-11-24"), day("2026-11-25"));
    h.app
        .timeOffSync()
        .crashAfterBooking(
            (request, created) -> {
              if (request.requestId().equals(id)) {
                throw new Crash();
              }
            });
    assertThatThrownBy(h::syncTimeOff).isInstanceOf(Crash.class);
    assertThat(h.remoteTimeOff(id)).hasSize(1);
    assertThat(h.record(id).bookingStartedAt()).isNotNull();
    assertThat(h.record(id).remoteTimeOffId()).isNull();

    h.app.timeOffSync().crashAfterBooking((request, created) -> {});
    TimeOffReport rerun = h.syncTimeOff();
    assertThat(rerun.error()).isNull();
    assertThat(h.remoteTimeOff(id)).hasSize(1);
    TimeOffRecord r = h.record(id);
    assertThat(r.status()).isEqualTo("booked");
    assertThat(r.remoteTimeOffId()).isEqualTo(h.remoteTimeOff(id).get(0).id());
    assertThat(r.bookingStartedAt()).isNull();
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(h.remoteTimeOff(other)).hasSize(1);

    h.syncTimeOff();
    assertThat(h.remoteTimeOff(id)).hasSize(1);
  }

  @Test
  void R9_aLostAnswerToABookingIsLookedUpNotRepeated() {
    h.sync();
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-25"));
    h.remote.faults().set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.error()).isNull();
    assertThat(report.counts().booked()).isEqualTo(1);
    List<Timeoff> booked = h.remoteTimeOff(id);
    assertThat(booked).hasSize(1);
    assertThat(h.record(id).status()).isEqualTo("booked");
    assertThat(h.record(id).remoteTimeOffId()).isEqualTo(booked.get(0).id());
  }

  @Test
  void R9_aLostAnswerToACancellationIsHarmless() {
    h.sync();
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    h.hibob.company().setTimeOffStatus(Long.parseLong(id), "canceled");
    h.remote.faults().set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().cancelled()).isEqualTo(1);
    assertThat(h.record(id).status()).isEqualTo("cancelled");
    assertThat(h.remoteTimeOff(id).get(0).status()).isEqualTo("cancelled");
    assertThat(report.calls().remoteWrites()).isEqualTo(2);
  }

  @Test
  void R9_serverErrorsAreRetriedAndEveryRequestEndsBookedExactlyOnce() {
    h.sync();
    List<String> ids =
        List.of(
            h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24")),
            h.request(GUS, "Holiday", "approved", day("2026-11-24"), day("2026-11-24")),
            h.request(SAM, "Holiday", "approved", day("2026-11-24"), day("2026-11-24")),
            h.request(ANA, "Sick", "approved", day("2026-11-26"), day("2026-11-26")));
    h.remote.faults().set(new Faults.Settings(0, 0.4, 503, 0, 0, 0));
    h.syncTimeOff();
    h.syncTimeOff();
    h.remote.faults().set(Faults.Settings.NONE);
    TimeOffReport last = h.syncTimeOff();
    assertThat(last.counts().failed()).isZero();
    for (String id : ids) {
      assertThat(h.remoteTimeOff(id)).as("request " + id).hasSize(1);
      assertThat(h.record(id).status()).isEqualTo("booked");
    }
  }

  @Test
  void R9_aFailedCancellationIsRetriedOnTheNextRun() {
    h.sync();
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    h.hibob.company().setTimeOffStatus(Long.parseLong(id), "canceled");
    h.remote.faults().set(new Faults.Settings(0, 1, 503, 0, 0, 0));
    h.syncTimeOff();
    assertThat(h.record(id).status()).isEqualTo("failed");
    assertThat(h.record(id).reasonCode()).isEqualTo("REMOTE_UNAVAILABLE");
    assertThat(h.record(id).remoteTimeOffId()).isNotNull();
    h.remote.faults().set(Faults.Settings.NONE);
    h.syncTimeOff();
    assertThat(h.record(id).status()).isEqualTo("cancelled");
    assertThat(h.remoteTimeOff(id).get(0).status()).isEqualTo("cancelled");
  }

  @Test
  void R9_lookBackStartsOnFirstJanuaryOfTheCurrentYear() {
    // filed in June for days around the turn of the year
    h.clock.set(Instant.parse("2026-06-01T10:00:00Z"));
    String straddling = h.request(ANA, "Holiday", "approved", day("2025-12-29"), day("2026-01-02"));
    String lastYear = h.request(ANA, "Holiday", "approved", day("2025-12-01"), day("2025-12-02"));
    String thisYear = h.request(ANA, "Holiday", "approved", day("2026-03-02"), day("2026-03-02"));
    h.clock.set(Instant.parse("2026-11-22T10:00:00Z"));
    h.sync();
    Timeoff t = h.remoteTimeOff(straddling).get(0);
    assertThat(t.startDate()).isEqualTo(day("2026-01-01"));
    assertThat(t.days())
        .extracting(Timeoff.Day::day)
        .containsExactly(day("2026-01-01"), day("2026-01-02"));
    assertThat(h.record(lastYear).status()).isEqualTo("skipped");
    assertThat(h.record(lastYear).reasonCode()).isEqualTo("BEFORE_LOOK_BACK");
    assertThat(h.remoteTimeOff(lastYear)).isEmpty();
    assertThat(h.record(thisYear).status()).isEqualTo("booked");
  }

  @Test
  void R9_theLookBackCanBeSetToFutureTimeOffOnly() {
    h.sync();
    new TimeOffSettingsEditor(h.store)
        .update(h.fresh(), new TimeOffSettingsEditor.Changes("today", null, null, null, null));
    String past = h.request(ANA, "Holiday", "approved", day("2026-11-16"), day("2026-11-17"));
    String running = h.request(GUS, "Holiday", "approved", day("2026-11-20"), day("2026-11-24"));
    h.syncTimeOff();
    assertThat(h.record(past).reasonCode()).isEqualTo("BEFORE_LOOK_BACK");
    assertThat(h.remoteTimeOff(running).get(0).days())
        .extracting(Timeoff.Day::day)
        .containsExactly(day("2026-11-23"), day("2026-11-24"));
  }

  @Test
  void R9_theFirstRunSaysHibobsFeedReachesBackSixMonthsOnly() {
    h.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
    String tooOld = h.request(ANA, "Holiday", "approved", day("2026-12-07"), day("2026-12-07"));
    h.clock.set(Instant.parse("2026-06-01T10:00:00Z"));
    String seen = h.request(ANA, "Holiday", "approved", day("2026-12-08"), day("2026-12-08"));
    h.clock.set(Instant.parse("2026-11-22T10:00:00Z"));
    TimeOffReport first = h.sync().timeOff();
    assertThat(first.warnings())
        .anyMatch(
            w -> w.contains("six months") && w.contains("2026-05-23") && w.contains("by hand"));
    assertThat(h.store.timeOff().find(h.acme.id(), tooOld)).isEmpty();
    assertThat(h.record(seen).status()).isEqualTo("booked");
    assertThat(h.syncTimeOff().warnings()).noneMatch(w -> w.contains("six months"));
  }

  @Test
  void R9_afterMoreThanSixMonthsKnownRequestsAreReadOneByOne() {
    h.sync();
    String cancelled = h.request(ANA, "Holiday", "approved", day("2027-02-01"), day("2027-02-01"));
    String kept = h.request(GUS, "Holiday", "approved", day("2027-02-01"), day("2027-02-01"));
    h.syncTimeOff();
    assertThat(h.record(cancelled).status()).isEqualTo("booked");
    // cancelled a month later; the next run comes eight months later, beyond the feed's reach
    h.clock.advance(Duration.ofDays(30));
    h.hibob.company().setTimeOffStatus(Long.parseLong(cancelled), "canceled");
    h.clock.advance(Duration.ofDays(210));
    TimeOffReport late = h.syncTimeOff();
    assertThat(late.error()).isNull();
    assertThat(late.warnings())
        .anyMatch(w -> w.contains("more than six months ago") && w.contains("re-read"));
    assertThat(h.record(cancelled).status()).isEqualTo("cancelled");
    assertThat(h.remoteTimeOff(cancelled).get(0).status()).isEqualTo("cancelled");
    assertThat(h.record(kept).status()).isEqualTo("booked");
    assertThat(h.remoteTimeOff(kept).get(0).status()).isEqualTo("approved");
  }
}
