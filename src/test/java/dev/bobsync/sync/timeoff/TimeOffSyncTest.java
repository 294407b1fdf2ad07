package dev.bobsync.sync.timeoff;

import static dev.bobsync.sync.timeoff.TimeOffHarness.ANA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.BEA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.CLEO;
import static dev.bobsync.sync.timeoff.TimeOffHarness.GUS;
import static dev.bobsync.sync.timeoff.TimeOffHarness.NINA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.SAM;
import static dev.bobsync.sync.timeoff.TimeOffHarness.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.emulator.remote.Timeoff;
import dev.bobsync.store.TimeOffRecord;
import dev.bobsync.sync.IntegrationSync;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule R9 against both emulators: what is booked, cancelled or held, and how often. */
class TimeOffSyncTest {
  @TempDir Path dir;
  TimeOffHarness h;

  @BeforeEach
  void firstSync() {
    h = new TimeOffHarness(dir);
    IntegrationSync.Report first = h.sync();
    assertThat(first.people().error()).isNull();
    assertThat(first.timeOff().error()).isNull();
  }

  @AfterEach
  void close() {
    h.close();
  }

  private Timeoff booking(String requestId) {
    List<Timeoff> booked = h.remoteTimeOff(requestId);
    assertThat(booked).as("Remote time off of request " + requestId).hasSize(1);
    return booked.get(0);
  }

  @Test
  void R9_anApprovedRequestOfAnActiveEorEmployeeIsBookedOnceInWholeHours() {
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-23"), day("2026-11-25"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.error()).isNull();
    assertThat(report.counts().booked()).isEqualTo(1);
    TimeOffRecord r = h.record(id);
    assertThat(r.status()).isEqualTo("booked");
    Timeoff t = booking(id);
    assertThat(t.id()).isEqualTo(r.remoteTimeOffId());
    assertThat(t.status()).isEqualTo("approved");
    assertThat(t.employmentId()).isEqualTo("e-ana");
    assertThat(t.timeoffType()).isEqualTo("paid_time_off");
    assertThat(t.timezone()).isEqualTo("Europe/Lisbon");
    assertThat(t.startDate()).isEqualTo(day("2026-11-23"));
    assertThat(t.endDate()).isEqualTo(day("2026-11-25"));
    assertThat(t.days()).extracting(Timeoff.Day::hours).containsExactly(8, 8, 8);

    TimeOffReport again = h.sync().timeOff();
    assertThat(again.counts().booked()).isZero();
    assertThat(again.calls().remoteWrites()).isZero();
    assertThat(h.remoteTimeOff(id)).hasSize(1);
  }

  @Test
  void R9_halfDayIsFourHours() {
    String span =
        h.request(
            ANA,
            "Holiday",
            "approved",
            day("2026-11-30"),
            "afternoon",
            day("2026-12-02"),
            "morning",
            null);
    String morning =
        h.request(
            ANA,
            "Holiday",
            "approved",
            day("2026-12-04"),
            "morning",
            day("2026-12-04"),
            "all_day",
            null);
    h.syncTimeOff();
    assertThat(booking(span).days())
        .containsExactly(
            new Timeoff.Day(day("2026-11-30"), 4),
            new Timeoff.Day(day("2026-12-01"), 8),
            new Timeoff.Day(day("2026-12-02"), 4));
    assertThat(booking(morning).days()).containsExactly(new Timeoff.Day(day("2026-12-04"), 4));
  }

  @Test
  void R9_weekendsAreSkippedPerTheCountrysWorkWeek() {
    // Friday to Monday: Portugal works Monday to Friday, Israel Sunday to Thursday.
    String ana = h.request(ANA, "Holiday", "approved", day("2026-11-27"), day("2026-11-30"));
    String sam = h.request(SAM, "Holiday", "approved", day("2026-11-26"), day("2026-11-29"));
    String weekend = h.request(ANA, "Holiday", "approved", day("2026-12-05"), day("2026-12-06"));
    h.syncTimeOff();
    assertThat(booking(ana).days())
        .extracting(Timeoff.Day::day)
        .containsExactly(day("2026-11-27"), day("2026-11-30"));
    assertThat(booking(sam).days())
        .extracting(Timeoff.Day::day)
        .containsExactly(day("2026-11-26"), day("2026-11-29"));
    assertThat(booking(sam).timezone()).isEqualTo("Asia/Jerusalem");
    assertThat(h.record(weekend).status()).isEqualTo("skipped");
    assertThat(h.record(weekend).reasonCode()).isEqualTo("NO_WORK_DAYS");
    assertThat(h.remoteTimeOff(weekend)).isEmpty();
  }

  @Test
  void R9_theWorkWeekOfACountryCanBeChanged() {
    new TimeOffSettingsEditor(h.store)
        .update(
            h.fresh(),
            new TimeOffSettingsEditor.Changes(
                null, null, null, Map.of("Portugal", "MON-THU"), null));
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-26"), day("2026-11-27"));
    h.syncTimeOff();
    assertThat(booking(id).days()).extracting(Timeoff.Day::day).containsExactly(day("2026-11-26"));
  }

  @Test
  void R9_globalPayrollEmployeesGetTheirTimeOffWithTheMappedType() {
    String id = h.request(GUS, "Sick", "approved", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    Timeoff t = booking(id);
    assertThat(t.employmentId()).isEqualTo("e-gus");
    assertThat(t.timeoffType()).isEqualTo("sick_leave");
    assertThat(t.timezone()).isEqualTo("America/New_York");
  }

  @Test
  void R9_anUnmappedPolicyTypeFailsThatRequestOnlyUntilTheAdminMapsIt() {
    String personal =
        h.request(ANA, "Personal day", "approved", day("2026-11-24"), day("2026-11-24"));
    String parental = h.request(ANA, "Parental", "approved", day("2026-11-25"), day("2026-11-25"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().failed()).isEqualTo(1);
    assertThat(report.counts().booked()).isEqualTo(1);
    assertThat(report.warnings()).anyMatch(w -> w.contains("Personal day"));
    TimeOffRecord failed = h.record(personal);
    assertThat(failed.status()).isEqualTo("failed");
    assertThat(failed.reasonCode()).isEqualTo("UNMAPPED_POLICY_TYPE");
    assertThat(failed.message())
        .contains("Request " + personal)
        .contains("Ana Lima")
        .contains("Personal day");
    assertThat(h.remoteTimeOff(personal)).isEmpty();
    assertThat(booking(parental).timeoffType()).isEqualTo("parental_leave");

    new TimeOffSettingsEditor(h.store)
        .update(
            h.fresh(),
            new TimeOffSettingsEditor.Changes(
                null, Map.of("personal DAY", "other"), null, null, null));
    h.syncTimeOff();
    assertThat(h.record(personal).status()).isEqualTo("booked");
    assertThat(booking(personal).timeoffType()).isEqualTo("other");
  }

  @Test
  void R9_pendingRequestsWaitAndAreBookedOnceApproved() {
    String id = h.request(ANA, "Holiday", "pending", day("2026-11-24"), day("2026-11-24"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().waiting()).isEqualTo(1);
    assertThat(h.record(id).status()).isEqualTo("waiting");
    assertThat(h.record(id).reasonCode()).isEqualTo("PENDING_APPROVAL");
    assertThat(h.remoteTimeOff(id)).isEmpty();

    h.hibob.company().setTimeOffStatus(Long.parseLong(id), "approved");
    h.syncTimeOff();
    assertThat(h.record(id).status()).isEqualTo("booked");
    booking(id);
  }

  @Test
  void R9_theChangeFeedIsReadOncePerRunAndPendingRequestsShowAtOnce() {
    h.syncTimeOff();
    String pending = h.request(ANA, "Holiday", "pending", day("2026-11-25"), day("2026-11-25"));
    String approved = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.hibob.resetStats();
    h.syncTimeOff();
    assertThat(h.hibob.stats().count("GET", "/v1/timeoff/requests/changes")).isEqualTo(1);
    assertThat(h.record(approved).status()).isEqualTo("booked");
    assertThat(h.record(pending).status()).isEqualTo("waiting");
    assertThat(h.record(pending).reasonCode()).isEqualTo("PENDING_APPROVAL");
    h.hibob.company().setTimeOffStatus(Long.parseLong(pending), "approved");
    h.syncTimeOff();
    assertThat(h.record(pending).status()).isEqualTo("booked");
  }

  @Test
  void R9_declinedRequestsAreNeverBooked() {
    String declinedLater =
        h.request(ANA, "Holiday", "pending", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    h.hibob.company().setTimeOffStatus(Long.parseLong(declinedLater), "declined");
    String declinedAtOnce =
        h.request(ANA, "Holiday", "declined", day("2026-11-25"), day("2026-11-25"));
    h.syncTimeOff();
    for (String id : List.of(declinedLater, declinedAtOnce)) {
      assertThat(h.record(id).status()).as(id).isEqualTo("skipped");
      assertThat(h.record(id).reasonCode()).as(id).isEqualTo("DECLINED");
      assertThat(h.remoteTimeOff(id)).isEmpty();
    }
  }

  @Test
  void R9_contractorsTimeOffIsNeverBooked() {
    String id = h.request(CLEO, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().skipped()).isEqualTo(1);
    assertThat(h.record(id).status()).isEqualTo("skipped");
    assertThat(h.record(id).reasonCode()).isEqualTo("CONTRACTOR");
    assertThat(h.acme().timeoffs()).noneMatch(t -> t.employmentId().equals("e-cleo"));
  }

  @Test
  void R9_peopleNotYetActiveInRemoteWaitAndAreBookedOnceActive() {
    String id = h.request(NINA, "Holiday", "approved", day("2027-01-11"), day("2027-01-12"));
    h.sync();
    assertThat(h.record(id).status()).isEqualTo("waiting");
    assertThat(h.record(id).reasonCode()).isEqualTo("NOT_ACTIVE_YET");
    assertThat(h.record(id).message()).contains("Nina Novak").contains("created");
    assertThat(h.remoteTimeOff(id)).isEmpty();

    h.acme().moveEmployment("e-nina", EmploymentStatus.ACTIVE);
    TimeOffReport report = h.sync().timeOff();
    assertThat(report.counts().booked()).isEqualTo(1);
    assertThat(h.record(id).status()).isEqualTo("booked");
    assertThat(booking(id).employmentId()).isEqualTo("e-nina");
  }

  @Test
  void R9_aCancelledRequestCancelsItsRemoteTimeOff() {
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-25"));
    h.syncTimeOff();
    h.hibob.company().setTimeOffStatus(Long.parseLong(id), "canceled");
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().cancelled()).isEqualTo(1);
    assertThat(booking(id).status()).isEqualTo("cancelled");
    assertThat(h.record(id).status()).isEqualTo("cancelled");
    assertThat(h.record(id).reasonCode()).isEqualTo("CANCELLED_IN_HIBOB");
    // cancelling again is never tried
    assertThat(h.syncTimeOff().calls().remoteWrites()).isZero();
  }

  @Test
  void R9_aDeletedRequestCancelsItsRemoteTimeOff() {
    String id = h.request(GUS, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    h.hibob.company().deleteTimeOffRequest(Long.parseLong(id));
    h.syncTimeOff();
    assertThat(booking(id).status()).isEqualTo("cancelled");
    assertThat(h.record(id).reasonCode()).isEqualTo("DELETED_IN_HIBOB");
  }

  @Test
  void R9_aChangedRequestCancelsTheOldOneAndBooksTheNewOne() {
    String old = h.request(ANA, "Holiday", "approved", day("2026-11-23"), day("2026-11-24"));
    h.syncTimeOff();
    // the new dates overlap the old ones: the old booking must go first
    String moved =
        String.valueOf(
            h.hibob
                .company()
                .changeTimeOffDates(
                    Long.parseLong(old),
                    day("2026-11-24"),
                    "all_day",
                    day("2026-11-26"),
                    "all_day"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts().cancelled()).isEqualTo(1);
    assertThat(report.counts().booked()).isEqualTo(1);
    assertThat(booking(old).status()).isEqualTo("cancelled");
    assertThat(h.record(old).reasonCode()).isEqualTo("REPLACED_IN_HIBOB");
    assertThat(h.record(old).message()).contains(moved);
    Timeoff now = booking(moved);
    assertThat(now.status()).isEqualTo("approved");
    assertThat(now.days()).hasSize(3);
    assertThat(h.record(moved).previousRequestId()).isEqualTo(old);
  }

  @Test
  void R9_anEmployeeWithoutASyncToRemoteValueIsSkippedAndTheRestGoThrough() {
    String bea = h.request(BEA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    String ana = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(h.record(bea).status()).isEqualTo("skipped");
    assertThat(h.record(bea).reasonCode()).isEqualTo("PERSON_NOT_SYNCED");
    assertThat(h.record(bea).message()).contains("Request " + bea).contains("bea@acme.example");
    assertThat(h.record(ana).status()).isEqualTo("booked");
    assertThat(report.counts().booked()).isEqualTo(1);
    assertThat(report.counts().skipped()).isEqualTo(1);
    // looked at again each run, but reported only when something changes
    assertThat(h.syncTimeOff().requests()).isEmpty();
    assertThat(h.record(bea).message()).contains("bea@acme.example");
  }

  @Test
  void R9_aRequestOverEightHoursADayFailsThatRequestOnly() {
    String tooMany =
        h.request(
            ANA,
            "Holiday",
            "approved",
            day("2026-11-24"),
            "all_day",
            day("2026-11-24"),
            "all_day",
            10.0);
    String hours =
        h.request(
            GUS,
            "Holiday",
            "approved",
            day("2026-11-24"),
            "all_day",
            day("2026-11-24"),
            "all_day",
            2.5);
    TimeOffReport report = h.syncTimeOff();
    assertThat(h.record(tooMany).status()).isEqualTo("failed");
    assertThat(h.record(tooMany).reasonCode()).isEqualTo("INVALID_HOURS");
    assertThat(h.record(tooMany).message()).contains("10 hours").contains("Ana Lima");
    assertThat(h.remoteTimeOff(tooMany)).isEmpty();
    assertThat(booking(hours).days()).containsExactly(new Timeoff.Day(day("2026-11-24"), 3));
    assertThat(h.record(hours).message()).contains("2.5 hours in HiBob, booked as 3");
    assertThat(report.counts().failed()).isEqualTo(1);
  }

  @Test
  void R9_remoteRefusingADayFailsThatRequestOnlyInRemotesWords() {
    // Ana already has 8 hours off on 2026-12-14, entered in Remote by hand
    String refused = h.request(ANA, "Holiday", "approved", day("2026-12-14"), day("2026-12-15"));
    String fine = h.request(SAM, "Holiday", "approved", day("2026-12-14"), day("2026-12-15"));
    TimeOffReport report = h.syncTimeOff();
    TimeOffRecord r = h.record(refused);
    assertThat(r.status()).isEqualTo("failed");
    assertThat(r.reasonCode()).isEqualTo("REMOTE_REJECTED");
    assertThat(r.message()).contains("Ana Lima").contains("2026-12-14").contains("more than 8");
    assertThat(r.bookingStartedAt()).isNull();
    assertThat(h.remoteTimeOff(refused)).isEmpty();
    assertThat(booking(fine).status()).isEqualTo("approved");
    assertThat(report.counts().failed()).isEqualTo(1);
    assertThat(h.store.runs().recent(h.acme.id(), 1).get(0).state()).isEqualTo("partial");
  }

  @Test
  void R9_aFeedEntryForARequestThatNoLongerExistsFailsThatRequestOnly() {
    h.clock.advance(java.time.Duration.ofHours(1));
    String gone = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    String kept = h.request(SAM, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.clock.advance(java.time.Duration.ofMinutes(5));
    // deleted at the very instant the run reads up to: the feed lists its creation, not yet
    // its deletion (HiBob's reads lag its writes), and its details answer 404
    h.hibob.company().deleteTimeOffRequest(Long.parseLong(gone));
    TimeOffReport report = h.syncTimeOffNow();
    assertThat(h.record(gone).status()).isEqualTo("failed");
    assertThat(h.record(gone).reasonCode()).isEqualTo("REQUEST_NOT_FOUND");
    assertThat(h.record(gone).message()).contains("404");
    assertThat(h.record(kept).status()).isEqualTo("booked");
    assertThat(report.counts().failed()).isEqualTo(1);

    h.syncTimeOff();
    assertThat(h.record(gone).status()).isEqualTo("skipped");
    assertThat(h.record(gone).reasonCode()).isEqualTo("DELETED_BEFORE_BOOKING");
    assertThat(h.remoteTimeOff(gone)).isEmpty();
  }

  @Test
  void R9_theSummaryCountsEachOutcomeAndTheRunIsRecorded() {
    h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.request(ANA, "Holiday", "pending", day("2026-11-25"), day("2026-11-25"));
    h.request(CLEO, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.request(ANA, "Personal day", "approved", day("2026-11-26"), day("2026-11-26"));
    String cancel = h.request(GUS, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.syncTimeOff();
    h.hibob.company().setTimeOffStatus(Long.parseLong(cancel), "canceled");
    h.request(SAM, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    TimeOffReport report = h.syncTimeOff();
    assertThat(report.counts()).isEqualTo(new TimeOffReport.Counts(1, 1, 0, 0, 1));
    assertThat(report.totals())
        .containsEntry("booked", 2)
        .containsEntry("cancelled", 1)
        .containsEntry("waiting", 1)
        .containsEntry("skipped", 1)
        .containsEntry("failed", 1);
    var run = h.store.runs().recent(h.acme.id(), 1).get(0);
    assertThat(run.kind()).isEqualTo("timeoff");
    assertThat(run.countsJson()).contains("\"booked\":1").contains("\"cancelled\":1");
  }

  @Test
  void R9_aDryRunWritesNothing() {
    String id = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    h.clock.advance(java.time.Duration.ofMinutes(1));
    TimeOffReport dry =
        h.app
            .integrationSync()
            .run(
                h.fresh(),
                dev.bobsync.sync.SyncOptions.of("test").dry(),
                java.util.EnumSet.of(IntegrationSync.Part.TIMEOFF))
            .timeOff();
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.requests())
        .anyMatch(r -> r.requestId().equals(id) && r.action() == RequestResult.Action.BOOKED);
    assertThat(dry.calls().remoteWrites()).isZero();
    assertThat(h.store.timeOff().find(h.acme.id(), id)).isEmpty();
    assertThat(h.remoteTimeOff(id)).isEmpty();
  }
}
