package dev.bobsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultsTest {
  @Test
  void countersApplyToThatManyRequestsThenStop() {
    Faults faults = new Faults(1);
    faults.set(new Faults.Settings(0, 0, 0, 2, 1, 1));
    assertThat(faults.before()).isEqualTo(Faults.Decision.RATE_LIMITED);
    assertThat(faults.before()).isEqualTo(Faults.Decision.RATE_LIMITED);
    assertThat(faults.before()).isEqualTo(Faults.Decision.NONE);
    assertThat(faults.takeTruncation()).isTrue();
    assertThat(faults.takeTruncation()).isFalse();
    assertThat(faults.takeDrop()).isTrue();
    assertThat(faults.takeDrop()).isFalse();
    assertThat(faults.settings().force429()).isZero();
  }

  @Test
  void errorRateOfOneFailsEveryRequestWithTheChosenStatus() {
    Faults faults = new Faults(1);
    faults.set(new Faults.Settings(0, 1.0, 502, 0, 0, 0));
    assertThat(faults.before()).isEqualTo(Faults.Decision.SERVER_ERROR);
    assertThat(faults.errorStatus()).isEqualTo(502);
  }

  @Test
  void rejectsSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> new Faults.Settings(0, 1.5, 503, 0, 0, 0))
        .hasMessageContaining("errorRate");
    assertThatThrownBy(() -> new Faults.Settings(0, 0, 404, 0, 0, 0))
        .hasMessageContaining("errorStatus");
  }
}
