package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which part of HiBob's six-month change feed a run reads (rule R9). */
class FeedWindowTest {
  static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

  @Test
  void R9_theFirstRunReadsAsFarBackAsHibobAllows() {
    FeedWindow w = FeedWindow.of(Optional.empty(), NOW);
    assertThat(w.firstRun()).isTrue();
    assertThat(w.since()).isEqualTo(Instant.parse("2026-05-23T09:00:00Z"));
    assertThat(w.to()).isEqualTo(NOW);
    assertThat(w.gap()).isFalse();
    assertThat(w.reachDay()).isEqualTo(LocalDate.parse("2026-05-23"));
  }

  @Test
  void R9_laterRunsReadFromJustBeforeTheWatermark() {
    FeedWindow w = FeedWindow.of(Optional.of(Instant.parse("2026-11-22T08:00:00Z")), NOW);
    assertThat(w.since()).isEqualTo(Instant.parse("2026-11-22T07:59:00Z"));
    assertThat(w.gap()).isFalse();
  }

  @Test
  void R9_aWatermarkOlderThanSixMonthsLeavesAGap() {
    FeedWindow w = FeedWindow.of(Optional.of(Instant.parse("2026-03-01T00:00:00Z")), NOW);
    assertThat(w.since()).isEqualTo(w.reach());
    assertThat(w.gap()).isTrue();
  }
}
