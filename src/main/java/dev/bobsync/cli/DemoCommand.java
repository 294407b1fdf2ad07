package dev.bobsync.cli;

import dev.bobsync.demo.Demo;
import dev.bobsync.http.Ports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bobsync demo}: everything on one machine, no vendor account needed. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts HiBob and Remote emulators with a generated company, the service on a fresh H2"
          + " database, an admin login, and an integration already connected and synced once;"
          + " prints the page's address and the login. Ctrl-C stops everything and deletes the"
          + " temporary folder it made (not a --data-dir).",
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--employees",
      defaultValue = "200",
      description = "People in the company (default: ${DEFAULT-VALUE}).")
  int employees;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Seed of the generated company (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port of the admin page (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--hibob-port",
      defaultValue = "0",
      description = "Port of the HiBob emulator (default: any free port).")
  int hibobPort;

  @Option(
      names = "--remote-port",
      defaultValue = "0",
      description = "Port of the Remote emulator (default: any free port).")
  int remotePort;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where to keep the demo's database (default: a new temporary directory).")
  Path dataDir;

  @Option(
      names = "--remote-rate-limit",
      defaultValue = "600",
      description =
          "Requests per minute the emulated Remote allows (default: ${DEFAULT-VALUE}; Remote's customer limit is 20).")
  int remotePerMinute;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ports.requireFree(port, "--port");
    Ports.requireFree(hibobPort, "--hibob-port");
    Ports.requireFree(remotePort, "--remote-port");
    boolean madeDir = dataDir == null;
    Path dir = madeDir ? Files.createTempDirectory("bobsync-demo-") : dataDir;
    out.println("Starting the demo: " + employees + " people, data in " + dir);
    out.flush();
    Demo demo;
    try {
      demo =
          Demo.start(
              new Demo.Options(employees, seed, port, dir, remotePerMinute, hibobPort, remotePort),
              Clock.systemUTC(),
              progress(err));
    } catch (RuntimeException e) {
      if (madeDir) {
        deleteTree(dir);
      }
      throw e;
    }
    Demo.Started s = demo.started();
    var c = s.firstSync().counts();
    out.println();
    out.println("bobsync demo is running.");
    out.println("  Admin page: " + s.url());
    out.println("  Log in as:  " + s.email() + "  password: " + s.password());
    out.printf(
        "  First sync: %d created, %d linked or updated, %d waiting, %d skipped, %d frozen, %d failed%n",
        c.created(), c.linked() + c.updated(), c.waiting(), c.skipped(), c.frozen(), c.failed());
    if (s.firstTimeOff() != null) {
      var t = s.firstTimeOff().counts();
      out.printf(
          "  Time off:   %d booked, %d waiting, %d skipped, %d failed%n",
          t.booked(), t.waiting(), t.skipped(), t.failed());
    }
    out.println("  HiBob emulator:  " + demo.hibobUrl() + "  (control: /_emulator/state)");
    out.println("  Remote emulator: " + demo.remoteUrl() + "  (control: /_emulator/state)");
    out.println("Ctrl-C stops it.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  demo.close();
                  if (madeDir) {
                    deleteTree(dir);
                  }
                  stopped.countDown();
                },
                "bobsync-demo-shutdown"));
    stopped.await();
    return 0;
  }

  /** The first sync's progress on standard error. */
  private static dev.bobsync.sync.SyncOptions.Progress progress(PrintWriter err) {
    return ProgressLine.of(err, "First sync");
  }

  /** Deletes the temporary folder the demo made; what cannot be deleted is left. */
  static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
      // best effort: a leftover temporary folder is harmless
    }
  }
}
