package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** R10: one interval range for the page, the CLI and the API. */
class SyncIntervalTest {
  @Test
  void R10_offOrFrom15MinutesTo24Hours() {
    assertThat(SyncInterval.ofMinutes(0, "The interval")).isZero();
    assertThat(SyncInterval.ofMinutes(15, "The interval")).isEqualTo(Duration.ofMinutes(15));
    assertThat(SyncInterval.ofMinutes(1440, "The interval")).isEqualTo(Duration.ofHours(24));
    assertThatThrownBy(() -> SyncInterval.ofMinutes(5, "The interval"))
        .hasMessage(
            "The interval must be from 15 minutes to 24 hours, or off (only \"Sync now\" and"
                + " webhooks), not 5 minutes");
    assertThatThrownBy(() -> SyncInterval.ofMinutes(1441, "The interval"))
        .hasMessageContaining("not 24 hours 1 minute");
    assertThatThrownBy(() -> SyncInterval.ofMinutes(-1, "The interval"))
        .hasMessageContaining("from 15 minutes");
  }

  @Test
  void R10_everyChoiceThePageOffersIsInTheRange() {
    for (int minutes : SyncInterval.CHOICES) {
      assertThat(SyncInterval.ofMinutes(minutes, "choice")).isEqualTo(Duration.ofMinutes(minutes));
    }
    assertThat(SyncInterval.words(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
    assertThat(SyncInterval.words(Duration.ZERO)).isEqualTo("off");
  }
}
