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
  void R10_intervalsAreAtLeastFiveMinutes() {
    assertThat(Durations.parse("1h30m", "--interval")).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> Durations.parse("3m", "--interval"))
        .hasMessageContaining("at least 5m")
        .hasMessageContaining("or 0");
    assertThatThrownBy(() -> Durations.parse("soon", "--interval"))
        .hasMessageContaining("not \"soon\"");
  }
}
