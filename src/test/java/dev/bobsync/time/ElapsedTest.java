package dev.bobsync.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElapsedTest {
  @Test
  void durationsReadAsSecondsMinutesAndHoursNeverAsIso() {
    assertThat(Elapsed.words(Duration.ofNanos(104_791_966))).isEqualTo("0.1 s");
    assertThat(Elapsed.words(Duration.ofMillis(1_670))).isEqualTo("1.7 s");
    assertThat(Elapsed.words(Duration.ofSeconds(42))).isEqualTo("42 s");
    assertThat(Elapsed.words(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
    assertThat(Elapsed.words(Duration.ofMinutes(124))).isEqualTo("2 h 4 min");
  }
}
