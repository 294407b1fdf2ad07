package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * The time-off ledger's contract (rule R9), run against every database bobsync supports. Each test
 * works in an integration of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TimeOffLedgerContractTest {
  static final Instant T0 = Instant.parse("2026-11-22T09:00:00.123456Z");
  static final Credentials CREDENTIALS = new Credentials("SERVICE-1", "hibob-token", "ra_test_x");

  final SettableClock clock = new SettableClock(T0);
  private TestAbortedException unavailable;
  private int names;
  Store store;

  abstract StoreConfig config(MasterKey key);

  void dropDatabase() {}

  @BeforeAll
  void openStore() {
    try {
      store = Store.open(config(MasterKey.generate()), clock);
    } catch (TestAbortedException e) {
      unavailable = e;
    }
  }

  @BeforeEach
  void requireDatabase() {
    if (unavailable != null) {
      throw new TestAbortedException(unavailable.getMessage());
    }
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
    }
    dropDatabase();
  }

  Integration integration() {
    Workspace ws = store.workspaces().create("ws-" + ++names);
    return store
        .integrations()
        .create(
            ws.id(),
            new NewIntegration(
                "acme", "https://h", "https://r", CREDENTIALS, Duration.ofMinutes(60), null));
  }

  static TimeOffRecord record(Integration i, String requestId, String status, String remoteId) {
    return new TimeOffRecord(
        i.id(),
        requestId,
        "201",
        "Ana Lima",
        null,
        "Holiday",
        "days",
        LocalDate.parse("2026-11-23"),
        "afternoon",
        LocalDate.parse("2026-11-25"),
        "all_day",
        null,
        "approved",
        T0,
        null,
        status,
        null,
        "Request " + requestId + " of Ana Lima",
        remoteId == null ? null : "e-ana",
        remoteId,
        remoteId == null ? null : "2026-11-23:4 2026-11-24:8 2026-11-25:8",
        0,
        null,
        false,
        null);
  }

  static TimeOffRecord withStatus(TimeOffRecord r, String status, boolean revisit, LocalDate end) {
    return new TimeOffRecord(
        r.integrationId(),
        r.requestId(),
        r.employeeId(),
        r.employeeName(),
        r.previousRequestId(),
        r.policyType(),
        r.requestType(),
        r.startDate(),
        r.startPortion(),
        end,
        r.endPortion(),
        2.5,
        r.hibobStatus(),
        r.hibobChangedAt(),
        "Replaced by request 9",
        status,
        "REASON",
        r.message(),
        r.remoteEmploymentId(),
        r.remoteTimeOffId(),
        r.bookedDays(),
        r.attempts(),
        r.bookingStartedAt(),
        revisit,
        r.updatedAt());
  }

  @Test
  void R9_theWatermarkIsKeptPerIntegration() {
    Integration a = integration();
    Integration b = integration();
    assertThat(store.timeOff().watermark(a.id())).isEmpty();
    store.timeOff().setWatermark(a.id(), T0);
    store.timeOff().setWatermark(a.id(), T0.plusSeconds(60));
    assertThat(store.timeOff().watermark(a.id())).contains(T0.plusSeconds(60));
    assertThat(store.timeOff().watermark(b.id())).isEmpty();
  }

  @Test
  void R9_aRequestIsSavedWithEveryFieldAndReplacedWhenSavedAgain() {
    Integration i = integration();
    TimeOffRecord r = record(i, "12", "booked", "t-1");
    store.timeOff().save(r);
    TimeOffRecord read = store.timeOff().find(i.id(), "12").orElseThrow();
    assertThat(read.updatedAt()).isEqualTo(T0);
    assertThat(read).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(r);

    clock.advance(Duration.ofMinutes(1));
    TimeOffRecord changed = withStatus(r, "cancelled", true, LocalDate.parse("2026-11-26"));
    store.timeOff().save(changed);
    TimeOffRecord again = store.timeOff().find(i.id(), "12").orElseThrow();
    assertThat(again.status()).isEqualTo("cancelled");
    assertThat(again.hours()).isEqualTo(2.5);
    assertThat(again.changeReason()).isEqualTo("Replaced by request 9");
    assertThat(again.endDate()).isEqualTo(LocalDate.parse("2026-11-26"));
    assertThat(again.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(store.timeOff().find(i.id(), List.of("12", "13", "14"))).hasSize(1);
  }

  @Test
  void R9_aRequestIsClaimedForOneCreateAtATime() {
    Integration i = integration();
    store.timeOff().save(record(i, "12", "waiting", null));
    assertThat(store.timeOff().claim(i.id(), "12", 0, "e-ana")).isTrue();
    // a second run that read the row before the claim does not get it
    assertThat(store.timeOff().claim(i.id(), "12", 0, "e-ana")).isFalse();
    TimeOffRecord claimed = store.timeOff().find(i.id(), "12").orElseThrow();
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.bookingStartedAt()).isEqualTo(T0);
    assertThat(claimed.remoteEmploymentId()).isEqualTo("e-ana");
    // saving an outcome leaves the attempts alone
    store.timeOff().save(record(i, "12", "booked", "t-1"));
    TimeOffRecord booked = store.timeOff().find(i.id(), "12").orElseThrow();
    assertThat(booked.attempts()).isEqualTo(1);
    assertThat(booked.bookingStartedAt()).isNull();
    // a request with a Remote time off is never claimed again
    assertThat(store.timeOff().claim(i.id(), "12", 1, "e-ana")).isFalse();
    assertThat(store.timeOff().claim(i.id(), "unknown", 0, "e-ana")).isFalse();
  }

  @Test
  void R9_aRemoteTimeOffBelongsToOneRequestOnly() {
    Integration i = integration();
    store.timeOff().save(record(i, "12", "booked", "t-1"));
    assertThatThrownBy(() -> store.timeOff().save(record(i, "13", "booked", "t-1")))
        .isInstanceOf(StoreException.class);
    Integration other = integration();
    store.timeOff().save(record(other, "12", "booked", "t-1"));
  }

  @Test
  void R9_requestsToRevisitAreTheOpenOnesInTheLookBackAndThoseWithACreateInFlight() {
    Integration i = integration();
    LocalDate from = LocalDate.parse("2026-01-01");
    store.timeOff().save(withStatus(record(i, "1", "waiting", null), "waiting", true, null));
    store
        .timeOff()
        .save(
            withStatus(
                record(i, "2", "failed", null), "failed", true, LocalDate.parse("2025-12-31")));
    store.timeOff().save(record(i, "3", "booked", "t-3"));
    store.timeOff().save(record(i, "4", "waiting", null));
    store.timeOff().claim(i.id(), "4", 0, "e-ana");
    store
        .timeOff()
        .save(
            withStatus(
                record(i, "5", "failed", null), "failed", true, LocalDate.parse("2026-01-01")));
    assertThat(store.timeOff().toRevisit(i.id(), from))
        .extracting(TimeOffRecord::requestId)
        .containsExactly("1", "4", "5");
    assertThat(store.timeOff().withHibobStatus(i.id(), Set.of("approved")))
        .extracting(TimeOffRecord::requestId)
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(store.timeOff().withHibobStatus(i.id(), Set.of())).isEmpty();
  }

  @Test
  void R9_requestsAreListedByStatusAndCounted() {
    Integration i = integration();
    store.timeOff().save(record(i, "1", "booked", "t-1"));
    store.timeOff().save(record(i, "2", "booked", "t-2"));
    store.timeOff().save(record(i, "3", "failed", null));
    Page<TimeOffRecord> booked = store.timeOff().search(i.id(), "booked", 1, 0);
    assertThat(booked.total()).isEqualTo(2);
    assertThat(booked.items()).hasSize(1);
    assertThat(store.timeOff().search(i.id(), null, 10, 0).total()).isEqualTo(3);
    assertThat(store.timeOff().countByStatus(i.id()))
        .containsEntry("booked", 2)
        .containsEntry("failed", 1);
  }

  @Test
  void C5_removingAnIntegrationWithoutHistoryDeletesItsTimeOff() {
    Integration i = integration();
    store.timeOff().save(record(i, "1", "booked", "t-1"));
    store.timeOff().setWatermark(i.id(), T0);
    store.integrations().remove(i.id(), false);
    assertThat(store.timeOff().find(i.id(), "1")).isEmpty();
    assertThat(store.timeOff().watermark(i.id())).isEmpty();
  }
}
