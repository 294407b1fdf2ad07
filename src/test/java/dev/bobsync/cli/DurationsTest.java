package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void R10_intervalZeroOrOffMeansOnlySyncNowAndWebhooks() {
    assertThat(Durations.parse("0", "--interval")).isZero();
    assertThat(Durations.parse("off", "--interval")).isZero();
    assertThat(Durations.parse("OFF", "--interval")).isZero();
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("off");
  }

  @Test
  void R10_intervalsAreFrom15MinutesTo24HoursAsOnThePage() {
    assertThat(Durations.parse("1h30m", "--interval")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("15m", "--interval")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Durations.parse("24h", "--interval")).isEqualTo(Duration.ofHours(24));
    assertThatThrownBy(() -> Durations.parse("5m", "--interval"))
        .hasMessageContaining("from 15 minutes to 24 hours")
        .hasMessageContaining("or off")
        .hasMessageContaining("not 5 minutes");
    assertThatThrownBy(() -> Durations.parse("25h", "--interval"))
        .hasMessageContaining("from 15 minutes to 24 hours");
    assertThatThrownBy(() -> Durations.parse("soon", "--interval"))
        .hasMessageContaining("not \"soon\"");
  }
}
