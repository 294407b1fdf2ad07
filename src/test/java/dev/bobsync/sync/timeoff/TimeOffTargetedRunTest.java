package dev.bobsync.sync.timeoff;

import static dev.bobsync.sync.timeoff.TimeOffHarness.ANA;
import static dev.bobsync.sync.timeoff.TimeOffHarness.GUS;
import static dev.bobsync.sync.timeoff.TimeOffHarness.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R9 after a time-off webhook: a targeted run books the person's time off within seconds. */
class TimeOffTargetedRunTest {
  @TempDir Path dir;
  TimeOffHarness h;

  @BeforeEach
  void setUp() {
    h = new TimeOffHarness(dir);
    h.sync();
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void R9_aTargetedRunWithTimeOffBooksThatPersonsRequestsAloneAndLeavesTheWatermark() {
    Instant watermark = h.store.timeOff().watermark(h.acme.id()).orElseThrow();
    String anas = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    String guss = h.request(GUS, "Holiday", "approved", day("2026-11-25"), day("2026-11-25"));

    IntegrationSync.Report report =
        targeted(SyncOptions.of("webhook").only(Set.of(ANA)).withTimeOff());

    assertThat(report.timeOff()).isNotNull();
    assertThat(report.timeOff().counts().booked()).isEqualTo(1);
    assertThat(h.record(anas).status()).isEqualTo("booked");
    assertThat(h.store.timeOff().find(h.acme.id(), guss)).isEmpty();
    assertThat(h.store.timeOff().watermark(h.acme.id())).contains(watermark);

    // the next full run reads Gus's request from the same watermark, and books Ana's only once
    h.sync();
    assertThat(h.record(guss).status()).isEqualTo("booked");
    assertThat(h.remoteTimeOff(anas)).hasSize(1);
    assertThat(h.remoteTimeOff(guss)).hasSize(1);
  }

  @Test
  void R9_aTargetedRunForAnEmployeeChangeLeavesTimeOffToTheNextFullRun() {
    String anas = h.request(ANA, "Holiday", "approved", day("2026-11-24"), day("2026-11-24"));
    IntegrationSync.Report report = targeted(SyncOptions.of("webhook").only(Set.of(ANA)));
    assertThat(report.timeOff()).isNull();
    assertThat(h.store.timeOff().find(h.acme.id(), anas)).isEmpty();
    assertThat(h.remoteTimeOff(anas)).isEmpty();
  }

  private IntegrationSync.Report targeted(SyncOptions options) {
    h.clock.advance(Duration.ofMinutes(1));
    return h.app.integrationSync().run(h.fresh(), options);
  }
}
