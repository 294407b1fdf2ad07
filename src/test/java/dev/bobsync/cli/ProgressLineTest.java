package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void withoutATerminalItWritesOneLinePerTenthOfTheWay() {
    StringWriter log = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(log), "Syncing", false);
    for (int done = 1; done <= 1000; done++) {
      progress.update(done, 1000);
    }
    assertThat(log.toString()).doesNotContain("\r");
    assertThat(log.toString().lines())
        .hasSize(10)
        .first()
        .isEqualTo("Syncing: 100 / 1000 people (10 %)");
    assertThat(log.toString().lines()).last().isEqualTo("Syncing: 1000 / 1000 people (100 %)");
  }

  @Test
  void onATerminalItIsOneLiveLine() {
    StringWriter term = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(term), "Syncing", true);
    for (int done = 1; done <= 3; done++) {
      progress.update(done, 3);
    }
    assertThat(term.toString())
        .isEqualTo(
            "\rSyncing: 1 / 3 people\rSyncing: 2 / 3 people\rSyncing: 3 / 3 people"
                + System.lineSeparator());
  }
}
