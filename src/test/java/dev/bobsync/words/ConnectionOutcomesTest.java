package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.AccessReport;
import org.junit.jupiter.api.Test;

/** C1: every outcome of the connection check reads as words, on the page and the CLI alike. */
class ConnectionOutcomesTest {
  @Test
  void C1_everyOutcomeHasAHeadlineAndACommandLineLine() {
    for (AccessReport.Outcome o : AccessReport.Outcome.values()) {
      assertThat(ConnectionOutcomes.headline(o.name()))
          .as(o.name())
          .doesNotContain("_")
          .endsWith(".");
      assertThat(ConnectionOutcomes.hibobLine(o.name())).as(o.name()).doesNotContain("_");
    }
    assertThat(ConnectionOutcomes.headline("OK"))
        .isEqualTo("Connected: everything the sync needs is visible.");
    assertThat(ConnectionOutcomes.hibobLine("BAD_CREDENTIALS"))
        .isEqualTo("the credentials were refused");
    assertThat(ConnectionOutcomes.hibobLine("SOMETHING_NEW")).isEqualTo("something new");
  }
}
