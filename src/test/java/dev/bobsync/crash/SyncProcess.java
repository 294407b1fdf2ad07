package dev.bobsync.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bobsync sync NAME} in a JVM of its own, as an operator runs it; killable at any moment.
 */
final class SyncProcess {
  private final Process process;
  private final Path log;

  private SyncProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static SyncProcess start(List<String> args, Map<String, String> env, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx192m");
    command.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
    command.add("-XX:+UseSerialGC");
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashChild.class.getName());
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().putAll(env);
    try {
      return new SyncProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start bobsync", e);
    }
  }

  /** Starts the sync in the waiting JVM. */
  void go() {
    try {
      process.getOutputStream().write("go\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      process.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException("bobsync did not start: " + log(), e);
    }
  }

  /** Ends a JVM that was never told to go. */
  void discard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Kills the JVM at once ({@code kill -9}). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("bobsync did not die");
    }
  }

  /** Waits for the run to end and returns its exit code. */
  int await(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("bobsync sync did not end in " + seconds + " s:\n" + log());
    }
    return process.exitValue();
  }

  String log() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
