package dev.bobsync.sync.timeoff;

import static dev.bobsync.sync.timeoff.TimeOffHarness.ANA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.SAM;
import static dev.bobsync.sync.timeoff.TimeOffHarness.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.Integration;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote's own records decide whether a request is booked: whatever the store lost or never knew, a
 * request is booked once and a booked request is never marked failed.
 */
class TimeOffExactlyOnceTest {
  @TempDir Path dir;
  TimeOffHarness h;
  String fullDays;
  String halfDay;

  @BeforeEach
  void bookTwoRequests() {
    h = new TimeOffHarness(dir);
    h.sync();
    fullDays = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-25"));
    halfDay =
        h.request(
            SAM,
            "Holiday",
            "approved",
            day("2026-11-26"),
            "morning",
            day("2026-11-26"),
            "all_day",
            null);
    TimeOffReport first = h.syncTimeOff();
    assertThat(first.counts().booked()).isEqualTo(2);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void R9_aStoreThatLostItsTimeOffRowsBooksNothingTwiceAndFailsNothing() throws SQLException {
    try (Connection c = h.store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM timeoff_requests");
      s.executeUpdate("DELETE FROM timeoff_watermarks");
    }

    TimeOffReport rerun = h.syncTimeOff();

    assertThat(rerun.error()).isNull();
    assertThat(rerun.calls().remoteWrites()).isZero();
    assertThat(rerun.counts().failed()).isZero();
    for (String id : List.of(fullDays, halfDay)) {
      assertThat(h.remoteTimeOff(id)).as("Remote time off of " + id).hasSize(1);
      assertThat(h.record(id).status()).isEqualTo("booked");
      assertThat(h.record(id).remoteTimeOffId()).isEqualTo(h.remoteTimeOff(id).get(0).id());
    }
  }

  @Test
  void R9_aRemovedAndReAddedIntegrationFindsItsBookingsAndWritesNothing() {
    h.store.integrations().remove(h.acme.id(), false);
    Integration again = readd();

    h.clock.advance(Duration.ofMinutes(1));
    IntegrationSync.Report report = h.app.integrationSync().run(again, SyncOptions.of("test"));

    TimeOffReport timeOff = report.timeOff();
    assertThat(timeOff.error()).isNull();
    assertThat(timeOff.counts().failed()).isZero();
    assertThat(timeOff.calls().remoteWrites()).isZero();
    for (String id : List.of(fullDays, halfDay)) {
      assertThat(h.remoteTimeOff(id)).as("Remote time off of " + id).hasSize(1);
      assertThat(h.store.timeOff().find(again.id(), id).orElseThrow().status()).isEqualTo("booked");
    }
  }

  private Integration readd() {
    return new IntegrationSetup(h.store, h.app.clients())
        .add(
            h.store.workspaces().defaultWorkspace().id(),
            new IntegrationSetup.Request(
                "acme",
                h.hibob.baseUrl(),
                "SERVICE-1",
                "hibob-secret-token",
                h.remote.baseUrl(),
                "ra_test_acme",
                Duration.ofMinutes(60),
                Map.of("USA", "le-usa"),
                100_000),
            false)
        .integration();
  }
}
