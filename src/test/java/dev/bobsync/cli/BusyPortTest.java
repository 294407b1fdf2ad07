package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A busy port is one clear {@code error:} line, found before any work starts. */
class BusyPortTest {
  @TempDir Path dir;
  ServerSocket taken;
  int port;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void takeAPort() throws Exception {
    taken = new ServerSocket();
    taken.bind(new InetSocketAddress(0));
    port = taken.getLocalPort();
  }

  @AfterEach
  void release() throws Exception {
    taken.close();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    var cli = BobsyncCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private void assertOneErrorLine(String option) {
    List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines)
        .containsExactly(
            "error: port " + port + " is already in use; choose another with " + option);
  }

  @Test
  void serveSaysThePortIsBusyBeforeOpeningTheDatabase() {
    Path data = dir.resolve("data");
    assertThat(run("serve", "--port", "" + port, "--data-dir", data.toString())).isEqualTo(1);
    assertOneErrorLine("--port");
    assertThat(data).doesNotExist();
  }

  @Test
  void theEmulatorsSayThePortIsBusy() {
    assertThat(
            run(
                "emulator",
                "hibob",
                "--port",
                "" + port,
                "--fixture",
                "docs/examples/hibob-fixture.json"))
        .isEqualTo(1);
    assertOneErrorLine("--port");
    assertThat(run("emulator", "remote", "--port", "" + port)).isEqualTo(1);
    assertOneErrorLine("--port");
  }

  @Test
  void theDemoChecksEveryPortBeforeStartingAndLeavesNoFolder() throws Exception {
    long before = demoFolders();
    assertThat(run("demo", "--port", "" + port, "--employees", "5")).isEqualTo(1);
    assertOneErrorLine("--port");
    assertThat(run("demo", "--port", "0", "--hibob-port", "" + port)).isEqualTo(1);
    assertOneErrorLine("--hibob-port");
    assertThat(run("demo", "--port", "0", "--remote-port", "" + port)).isEqualTo(1);
    assertOneErrorLine("--remote-port");
    assertThat(out.toString()).doesNotContain("First sync");
    assertThat(demoFolders()).isEqualTo(before);
  }

  private static long demoFolders() throws Exception {
    try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return tmp.filter(p -> p.getFileName().toString().startsWith("bobsync-demo-")).count();
    }
  }
}
