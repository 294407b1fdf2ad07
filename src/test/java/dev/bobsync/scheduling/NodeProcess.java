package dev.bobsync.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@code bobsync serve} instance in a JVM of its own, on the test class path, configured by its
 * options and environment; its log goes to a file. Ready once it says it is serving; stopped
 * gracefully with SIGTERM, or killed.
 */
final class NodeProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final CountDownLatch ready = new CountDownLatch(1);

  private NodeProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    Thread reader = new Thread(this::readOutput, "node-output-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code bobsync serve} with {@code args} after it, as an operator would run it; stopped
   * with SIGTERM.
   */
  static NodeProcess serve(String name, List<String> args, Map<String, String> env, Path logDir) {
    List<String> all = new ArrayList<>(List.of("serve"));
    all.addAll(args);
    return start(name, all, env, logDir);
  }

  private static NodeProcess start(
      String name, List<String> args, Map<String, String> env, Path logDir) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(dev.bobsync.Main.class.getName());
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
    builder.environment().putAll(env);
    try {
      return new NodeProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node " + name, e);
    }
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " did not start; its log:\n" + logTail());
    }
  }

  /** Asks the instance to stop gracefully and waits for it to exit. */
  int stop(Duration timeout) throws InterruptedException, IOException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " did not stop; its log:\n" + logTail());
    }
    return process.exitValue();
  }

  /** Kills the instance at once, as a crash would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private void readOutput() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("bobsync is serving")) {
          ready.countDown();
        }
      }
    } catch (IOException ended) {
      // the process is gone
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
