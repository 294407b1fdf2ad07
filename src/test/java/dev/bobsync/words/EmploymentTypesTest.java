package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.plan.SyncType;
import org.junit.jupiter.api.Test;

/** Remote's employment types as HR names them (rule R1's three values). */
class EmploymentTypesTest {
  @Test
  void R1_everyTypeTheSyncCreatesHasWords() {
    for (SyncType t : SyncType.values()) {
      assertThat(EmploymentTypes.knows(t.remoteType())).as(t.remoteType()).isTrue();
    }
    assertThat(EmploymentTypes.name("global_payroll_employee"))
        .isEqualTo("Global Payroll employee");
    assertThat(EmploymentTypes.name("employee")).isEqualTo("EOR employee");
    assertThat(EmploymentTypes.name("contractor")).isEqualTo("contractor");
    assertThat(EmploymentTypes.label("contractor")).isEqualTo("Contractor");
    assertThat(EmploymentTypes.label("employee")).isEqualTo("EOR employee");
  }

  @Test
  void anUnknownTypeReadsAsWords() {
    assertThat(EmploymentTypes.name("hourly_contractor")).isEqualTo("hourly contractor");
    assertThat(EmploymentTypes.label(null)).isEmpty();
  }
}
