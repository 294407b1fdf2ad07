package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.timeoff.TimeOffReason;
import org.junit.jupiter.api.Test;

/** Every reason code of people (R1-R12) and of time off (R9) has words; an unknown one reads. */
class ReasonsTest {
  @Test
  void R11_everyPersonReasonHasItsOwnWords() {
    for (Reason r : Reason.values()) {
      assertThat(Reasons.knows(r.name())).as(r.name()).isTrue();
      assertThat(Reasons.of(r.name())).as(r.name()).doesNotContain("_").isNotBlank();
    }
    assertThat(Reasons.of("REMOTE_FIELDS_NEEDED")).isEqualTo("Details to enter in Remote");
    assertThat(Reasons.of("CHANGE_IN_REMOTE")).isEqualTo("To change by hand in Remote");
    assertThat(Reasons.of("UNKNOWN_SYNC_VALUE")).isEqualTo("Unknown \"Sync to Remote\" value");
    assertThat(Reasons.of("INVALID_FIELD")).isEqualTo("Data in HiBob that Remote cannot take");
  }

  @Test
  void R9_everyTimeOffReasonHasItsOwnWords() {
    for (TimeOffReason r : TimeOffReason.values()) {
      assertThat(Reasons.knows(r.name())).as(r.name()).isTrue();
    }
    assertThat(Reasons.of("cancelled_in_hibob")).isEqualTo("Cancelled in HiBob");
  }

  @Test
  void anUnknownCodeReadsAsWordsAndNothingFails() {
    assertThat(Reasons.of("SOME_NEW_REASON")).isEqualTo("Some new reason");
    assertThat(Reasons.of(null)).isEmpty();
    assertThat(Reasons.of(" ")).isEmpty();
  }
}
