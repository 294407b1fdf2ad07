package dev.bobsync.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bobsync bench}: the sync's calls, time, CPU, heap and database against the bound. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the HiBob -> Remote sync on generated companies, with both emulators in this"
          + " process: an initial sync (every selected person a new hire), a no-change resync"
          + ", a resync after 1 %% of people changed, and single changes by webhook through"
          + " bobsync's service. Prints a table and writes JSON.",
      "The realistic and partner profiles run on a virtual clock (waits for the rate limit move"
          + " the clock instead of sleeping); throughput runs on the real clock, limits raised."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000,10000,50000",
      description = "People per generated company (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--profiles",
      split = ",",
      defaultValue = "realistic,throughput",
      description = "realistic, partner, throughput (default: ${DEFAULT-VALUE}).")
  List<String> profiles;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the generated companies (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--webhook-changes",
      paramLabel = "N",
      defaultValue = "" + WebhookScenario.CHANGES,
      description =
          "Single changes by webhook to time, one after another, once (realistic profile,"
              + " 10,000 people or the first size); 0 leaves the scenario out (default:"
              + " ${DEFAULT-VALUE}).")
  int webhookChanges;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "bench/results/latest.json",
      description = "Where to write the results as JSON (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Where the runs' databases go (default: a temporary directory, removed after).")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (int size : sizes) {
      if (size < 20) {
        throw new IllegalArgumentException("--sizes: at least 20 people per company, got " + size);
      }
    }
    if (webhookChanges < 0) {
      throw new IllegalArgumentException("--webhook-changes: 0 or more, got " + webhookChanges);
    }
    List<Profile> chosen = profiles.stream().map(Profile::of).toList();
    Path dir =
        workDir != null
            ? Files.createDirectories(workDir)
            : Files.createTempDirectory("bobsync-bench-");
    Instant date = Instant.now();
    Machine machine = Machine.current();
    err.println("bobsync bench on " + machine.describe());
    Benchmark.Options options = new Benchmark.Options(sizes, chosen, seed, dir);
    Benchmark.Results results;
    try {
      results = new Benchmark(err, webhookScenario()).run(options);
    } finally {
      if (workDir == null) {
        delete(dir);
      }
    }
    List<Targets.Target> targets = Targets.check(results);
    new ResultsFile().write(this.out, date, machine, options, results, targets);
    out.println();
    out.println("bobsync bench, " + date + ", " + machine.describe());
    out.println(
        "wall s: v = virtual seconds (real time plus the rate-limit waits skipped); bound s ="
            + " minimum calls / rate limit");
    out.println();
    out.print(ResultsTable.format(results.syncs()));
    out.println();
    for (Benchmark.WebhookRun run : results.webhook()) {
      out.println(
          run.latencies()
              .map(
                  l ->
                      String.format(
                          Locale.ROOT,
                          "Single change by webhook, %s %,d: p50 %.1f s, p95 %.1f s over %d changes",
                          run.profile().id(),
                          run.people(),
                          l.p50Seconds(),
                          l.p95Seconds(),
                          l.changes()))
              .orElse(
                  "Single change by webhook, "
                      + run.profile().id()
                      + " "
                      + run.people()
                      + ": not measured, nobody was synced to change"));
      run.remoteEvents()
          .ifPresent(
              l ->
                  out.println(
                      String.format(
                          Locale.ROOT,
                          "Remote event (onboarding completed) to the waiting change in Remote, %s"
                              + " %,d: p50 %.1f s, p95 %.1f s over %d completions",
                          run.profile().id(),
                          run.people(),
                          l.p50Seconds(),
                          l.p95Seconds(),
                          l.changes())));
    }
    out.println();
    for (Targets.Target t : targets) {
      out.println("[" + t.status() + "] " + t.name() + ": " + t.detail());
    }
    out.println();
    out.println("Written to " + this.out);
    out.flush();
    return 0;
  }

  private WebhookScenario webhookScenario() {
    return webhookChanges == 0
        ? WebhookScenario.NONE
        : new WebhookLatency(ServiceReceiver::start, webhookChanges);
  }

  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
