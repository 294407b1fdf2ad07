package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.TimeOffDetails;
import dev.bobsync.hibob.TimeOffSpan;
import dev.bobsync.remote.TimeOffDay;
import dev.bobsync.sync.plan.SyncType;
import dev.bobsync.sync.timeoff.TimeOffAction.Book;
import dev.bobsync.sync.timeoff.TimeOffAction.Cancel;
import dev.bobsync.sync.timeoff.TimeOffAction.Hold;
import dev.bobsync.sync.timeoff.TimeOffAction.Keep;
import dev.bobsync.sync.timeoff.TimeOffAction.Recover;
import dev.bobsync.time.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule R9 as the pure planner decides it; today is Sunday 2026-11-22. */
class TimeOffPlannerTest {
  static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));
  static final TimeOffPerson ANA =
      new TimeOffPerson(
          "201",
          "Ana Lima",
          SyncType.EMPLOYEE,
          "e-ana",
          "active",
          "employee",
          "PRT",
          "synced",
          null);

  final TimeOffPlanner planner = new TimeOffPlanner(TimeOffSettings.defaults(), CLOCK);

  static TimeOffRequest request(
      String id, HibobState state, String policy, String start, String end) {
    return new TimeOffRequest(
        id,
        "201",
        "ana@acme.example",
        policy,
        "days",
        start == null ? null : LocalDate.parse(start),
        "all_day",
        end == null ? null : LocalDate.parse(end),
        "all_day",
        null,
        state,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static TimeOffRequest approved(String id, String start, String end) {
    return request(id, HibobState.APPROVED, "Holiday", start, end);
  }

  private TimeOffAction decide(TimeOffRequest r, Booking b, TimeOffPerson p) {
    return planner.decide(r, b, p, List.of(r));
  }

  private TimeOffAction decide(TimeOffRequest r) {
    return decide(r, Booking.NONE, ANA);
  }

  private static TimeOffReason reason(TimeOffAction a) {
    assertThat(a).isInstanceOf(Hold.class);
    return ((Hold) a).reason();
  }

  @Test
  void R9_anApprovedRequestBecomesApprovedTimeOffWithEightHoursPerWorkDay() {
    Book book = (Book) decide(approved("1", "2026-11-23", "2026-11-24"));
    assertThat(book.timeOff().employmentId()).isEqualTo("e-ana");
    assertThat(book.timeOff().type()).isEqualTo("paid_time_off");
    assertThat(book.timeOff().timezone()).isEqualTo("Europe/Lisbon");
    assertThat(book.timeOff().notes()).isEqualTo("HiBob time-off request 1 (Holiday)");
    assertThat(book.timeOff().days())
        .containsExactly(
            new TimeOffDay(LocalDate.parse("2026-11-23"), 8),
            new TimeOffDay(LocalDate.parse("2026-11-24"), 8));
    assertThat(book.lookFirst()).isFalse();
  }

  @Test
  void R9_halfDayIsFourHours() {
    TimeOffRequest r =
        new TimeOffRequest(
            "1",
            "201",
            null,
            "Holiday",
            "days",
            LocalDate.parse("2026-11-23"),
            "afternoon",
            LocalDate.parse("2026-11-23"),
            "all_day",
            null,
            HibobState.APPROVED,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(((Book) decide(r)).timeOff().days())
        .containsExactly(new TimeOffDay(LocalDate.parse("2026-11-23"), 4));
  }

  @Test
  void R9_defaultPolicyTypesMapToRemoteTypesIgnoringCase() {
    TimeOffSettings s = TimeOffSettings.defaults();
    assertThat(s.remoteType("holiday")).contains("paid_time_off");
    assertThat(s.remoteType("Vacation")).contains("paid_time_off");
    assertThat(s.remoteType("Annual leave")).contains("paid_time_off");
    assertThat(s.remoteType("Sick")).contains("sick_leave");
    assertThat(s.remoteType("Parental")).contains("parental_leave");
    assertThat(s.remoteType("Bereavement")).contains("bereavement");
    assertThat(s.remoteType("Unpaid")).contains("unpaid_leave");
    assertThat(s.remoteType("Personal day")).isEmpty();
  }

  @Test
  void R9_anUnmappedPolicyTypeIsAnErrorNotAGuess() {
    Hold hold =
        (Hold) decide(request("1", HibobState.APPROVED, "Gardening", "2026-11-23", "2026-11-23"));
    assertThat(hold.reason()).isEqualTo(TimeOffReason.UNMAPPED_POLICY_TYPE);
    assertThat(hold.reason().status()).isEqualTo(TimeOffStatus.FAILED);
    assertThat(hold.message()).contains("Request 1 of Ana Lima").contains("\"Gardening\"");
  }

  @Test
  void R9_badInput_datesEndingBeforeTheyStartFailThatRequestOnly() {
    TimeOffRequest reversed = approved("1", "2026-11-25", "2026-11-23");
    TimeOffRequest fine = approved("2", "2026-11-23", "2026-11-23");
    List<TimeOffAction> plan = planner.plan(List.of(reversed, fine), Map.of(), Map.of("201", ANA));
    Hold hold = (Hold) plan.stream().filter(a -> a.request() == reversed).findFirst().orElseThrow();
    assertThat(hold.reason()).isEqualTo(TimeOffReason.INVALID_DATES);
    assertThat(hold.message())
        .contains("Request 1 of Ana Lima")
        .contains("ends (2026-11-23) before");
    assertThat(plan).anyMatch(a -> a.request() == fine && a instanceof Book);
    assertThat(reason(decide(approved("3", null, "2026-11-23"))))
        .isEqualTo(TimeOffReason.INVALID_DATES);
  }

  @Test
  void R9_pendingDeclinedCancelledAndDeletedRequestsAreNeverBooked() {
    assertThat(
            reason(decide(request("1", HibobState.PENDING, "Holiday", "2026-11-23", "2026-11-23"))))
        .isEqualTo(TimeOffReason.PENDING_APPROVAL);
    assertThat(
            reason(
                decide(request("1", HibobState.DECLINED, "Holiday", "2026-11-23", "2026-11-23"))))
        .isEqualTo(TimeOffReason.DECLINED);
    assertThat(
            reason(
                decide(request("1", HibobState.CANCELED, "Holiday", "2026-11-23", "2026-11-23"))))
        .isEqualTo(TimeOffReason.CANCELLED_BEFORE_BOOKING);
    assertThat(
            reason(decide(request("1", HibobState.DELETED, "Holiday", "2026-11-23", "2026-11-23"))))
        .isEqualTo(TimeOffReason.DELETED_BEFORE_BOOKING);
  }

  @Test
  void R9_contractorsAndPeopleNotSyncedAreNeverBooked() {
    TimeOffRequest r = approved("1", "2026-11-23", "2026-11-23");
    TimeOffPerson contractor =
        new TimeOffPerson(
            "201", "Cleo", SyncType.CONTRACTOR, "e-c", "active", null, null, null, null);
    assertThat(reason(decide(r, Booking.NONE, contractor))).isEqualTo(TimeOffReason.CONTRACTOR);
    TimeOffPerson contractorInRemote =
        new TimeOffPerson(
            "201", "Cleo", SyncType.EMPLOYEE, "e-c", "active", "contractor", null, null, null);
    assertThat(reason(decide(r, Booking.NONE, contractorInRemote)))
        .isEqualTo(TimeOffReason.CONTRACTOR);
    assertThat(reason(decide(r, Booking.NONE, null))).isEqualTo(TimeOffReason.PERSON_NOT_SYNCED);
  }

  @Test
  void R9_peopleNotYetActiveWaitAndEndedEmploymentsAreSkipped() {
    TimeOffRequest r = approved("1", "2026-11-23", "2026-11-23");
    TimeOffPerson unlinked =
        new TimeOffPerson(
            "201",
            "Ana",
            SyncType.EMPLOYEE,
            null,
            null,
            null,
            null,
            "waiting, START_DATE_NOT_IN_FUTURE",
            null);
    Hold hold = (Hold) decide(r, Booking.NONE, unlinked);
    assertThat(hold.reason()).isEqualTo(TimeOffReason.NOT_IN_REMOTE_YET);
    assertThat(hold.message()).contains("START_DATE_NOT_IN_FUTURE");
    assertThat(reason(decide(r, Booking.NONE, ANA.withRemote("invited", "employee", "PRT"))))
        .isEqualTo(TimeOffReason.NOT_ACTIVE_YET);
    assertThat(reason(decide(r, Booking.NONE, ANA.withRemote("archived", "employee", "PRT"))))
        .isEqualTo(TimeOffReason.EMPLOYMENT_ENDED);
  }

  @Test
  void R9_detailsReadLaterOutrankAnEarlier404ButNotAFeedCancellation() {
    TimeOffDetails approvedNow =
        new TimeOffDetails(
            "1",
            "201",
            "Holiday",
            "approved",
            new TimeOffSpan(
                "days",
                LocalDate.parse("2026-11-23"),
                "all_day",
                LocalDate.parse("2026-11-23"),
                "all_day",
                null,
                null,
                null,
                List.of(),
                "days",
                1.0),
            null,
            null);
    TimeOffRequest r = approved("1", "2026-11-23", "2026-11-23");
    assertThat(r.notFound().with(approvedNow).state()).isEqualTo(HibobState.APPROVED);
    assertThat(r.withState(HibobState.CANCELED).with(approvedNow).state())
        .isEqualTo(HibobState.CANCELED);
    assertThat(r.withState(HibobState.DELETED).with(approvedNow).state())
        .isEqualTo(HibobState.DELETED);
  }

  @Test
  void R9_aRequestWhoseDetailsWereNotReadWaitsOnRemoteNotOnHibob() {
    TimeOffRequest unread = approved("1", "2026-11-23", "2026-11-23").withState(HibobState.UNKNOWN);
    assertThat(unread.unread()).isTrue();
    assertThat(reason(decide(unread, Booking.NONE, ANA.withRemote("invited", "employee", "PRT"))))
        .isEqualTo(TimeOffReason.NOT_ACTIVE_YET);
    // an active person's request is read before it is decided; unread, it is never booked
    assertThat(reason(decide(unread, Booking.NONE, ANA)))
        .isEqualTo(TimeOffReason.HIBOB_UNAVAILABLE);
    TimeOffRequest failed = unread.unreadable("HiBob answered 503.");
    assertThat(failed.unread()).isFalse();
    assertThat(reason(decide(failed, Booking.NONE, ANA.withRemote("invited", "employee", "PRT"))))
        .isEqualTo(TimeOffReason.HIBOB_UNAVAILABLE);
  }

  @Test
  void R9_aBookedRequestThatHibobWithdrawsIsCancelledAndAnApprovedOneIsKept() {
    Booking booked = new Booking(TimeOffStatus.BOOKED, "e-ana", "t-1", false);
    assertThat(decide(approved("1", "2026-11-23", "2026-11-23"), booked, ANA))
        .isInstanceOf(Keep.class);
    Cancel cancel =
        (Cancel)
            decide(
                request("1", HibobState.CANCELED, "Holiday", "2026-11-23", "2026-11-23"),
                booked,
                ANA);
    assertThat(cancel.remoteTimeOffId()).isEqualTo("t-1");
    assertThat(cancel.reason()).isEqualTo(TimeOffReason.CANCELLED_IN_HIBOB);
    Cancel deleted =
        (Cancel)
            decide(
                request("1", HibobState.NOT_FOUND, "Holiday", "2026-11-23", "2026-11-23"),
                booked,
                ANA);
    assertThat(deleted.reason()).isEqualTo(TimeOffReason.DELETED_IN_HIBOB);
    Booking cancelled = new Booking(TimeOffStatus.CANCELLED, "e-ana", "t-1", false);
    assertThat(
            decide(
                request("1", HibobState.CANCELED, "Holiday", "2026-11-23", "2026-11-23"),
                cancelled,
                ANA))
        .isInstanceOf(Keep.class);
  }

  @Test
  void R9_aReplacementCancelsTheOldBookingFirstEvenWithoutItsCancelEntry() {
    TimeOffRequest old = approved("1", "2026-11-23", "2026-11-24");
    TimeOffRequest replacement =
        new TimeOffRequest(
            "2",
            "201",
            null,
            "Holiday",
            "days",
            LocalDate.parse("2026-11-24"),
            "all_day",
            LocalDate.parse("2026-11-25"),
            "all_day",
            null,
            HibobState.APPROVED,
            null,
            "1",
            null,
            null,
            null,
            null);
    List<TimeOffAction> plan =
        planner.plan(
            List.of(replacement, old),
            Map.of("1", new Booking(TimeOffStatus.BOOKED, "e-ana", "t-1", false)),
            Map.of("201", ANA));
    assertThat(plan.get(0)).isInstanceOf(Cancel.class);
    assertThat(((Cancel) plan.get(0)).reason()).isEqualTo(TimeOffReason.REPLACED_IN_HIBOB);
    assertThat(((Cancel) plan.get(0)).message()).contains("replaced in HiBob by request 2");
    assertThat(plan.get(1)).isInstanceOf(Book.class);
  }

  @Test
  void R9_anEditChainCancelsItsFirstBookingWhenTheRequestsBetweenWereNeverSeen() {
    TimeOffRequest first = approved("1", "2026-11-23", "2026-11-24");
    TimeOffRequest third =
        new TimeOffRequest(
            "3",
            "201",
            null,
            "Holiday",
            "days",
            LocalDate.parse("2026-11-25"),
            "all_day",
            LocalDate.parse("2026-11-26"),
            "all_day",
            null,
            HibobState.APPROVED,
            null,
            "2",
            null,
            null,
            "1",
            null);
    assertThat(third.replaces()).containsExactly("2", "1");
    List<TimeOffAction> plan =
        planner.plan(
            List.of(third, first),
            Map.of("1", new Booking(TimeOffStatus.BOOKED, "e-ana", "t-1", false)),
            Map.of("201", ANA));
    assertThat(plan).hasSize(2);
    Cancel cancel = (Cancel) plan.get(0);
    assertThat(cancel.request().requestId()).isEqualTo("1");
    assertThat(cancel.message()).contains("replaced in HiBob by request 3");
    assertThat(((Book) plan.get(1)).request().requestId()).isEqualTo("3");
  }

  @Test
  void R9_aCreateInFlightIsLookedUpBeforeAnythingElse() {
    Booking inFlight = new Booking(TimeOffStatus.WAITING, "e-ana", null, true);
    Book book = (Book) decide(approved("1", "2026-11-23", "2026-11-23"), inFlight, ANA);
    assertThat(book.lookFirst()).isTrue();
    Cancel cancel =
        (Cancel)
            decide(
                request("1", HibobState.CANCELED, "Holiday", "2026-11-23", "2026-11-23"),
                inFlight,
                ANA);
    assertThat(cancel.remoteTimeOffId()).isNull();
    assertThat(cancel.employmentId()).isEqualTo("e-ana");
    Recover recover =
        (Recover)
            decide(
                approved("1", "2026-11-23", "2026-11-23"),
                inFlight,
                ANA.withRemote("offboarding", "employee", "PRT"));
    assertThat(recover.otherwise().reason()).isEqualTo(TimeOffReason.EMPLOYMENT_ENDED);
  }

  @Test
  void R9_detailsAreReadOnlyWhereTheyDecideSomething() {
    TimeOffRequest unknown =
        request("1", HibobState.UNKNOWN, "Holiday", "2026-11-23", "2026-11-23");
    assertThat(planner.needsDetails(unknown, Booking.NONE, ANA)).isTrue();
    assertThat(planner.needsDetails(unknown, Booking.NONE, null)).isFalse();
    TimeOffRequest old = request("1", HibobState.UNKNOWN, "Holiday", "2025-11-23", "2025-11-23");
    assertThat(planner.needsDetails(old, Booking.NONE, ANA)).isFalse();
    // an approved request is read once more just before it is booked
    assertThat(planner.needsDetails(approved("1", "2026-11-23", "2026-11-23"), Booking.NONE, ANA))
        .isTrue();
    // people not active in Remote cost no read: their requests wait, the feed brings changes
    TimeOffPerson invited = ANA.withRemote("invited", "employee", "PRT");
    assertThat(planner.needsDetails(unknown, Booking.NONE, invited)).isFalse();
    assertThat(
            planner.needsRemote(approved("1", "2026-11-23", "2026-11-23"), Booking.NONE, invited))
        .isFalse();
    assertThat(planner.needsRemote(approved("1", "2026-11-23", "2026-11-23"), Booking.NONE, ANA))
        .isTrue();
  }
}
