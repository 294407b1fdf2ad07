package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: the first thing a new user runs. */
class HelpTextTest {
  @Test
  void everyCommandsHelpRendersWithoutAWarning() {
    List<CommandLine> all = new ArrayList<>();
    collect(BobsyncCommand.commandLine(), all);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    List<String> usages = new ArrayList<>();
    try {
      all.forEach(c -> usages.add(c.getUsageMessage(CommandLine.Help.Ansi.OFF)));
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(all).hasSizeGreaterThan(10);
    for (String usage : usages) {
      assertThat(usage).doesNotContain("%n").startsWith("Usage: bobsync");
    }
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, into));
  }
}
