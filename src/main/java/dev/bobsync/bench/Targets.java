package dev.bobsync.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Issue 8's targets, checked against what was measured. Nothing here is a test: it reports. */
final class Targets {
  static final double MAX_CALLS_RATIO = 1.05;
  static final double MAX_WALL_RATIO = 1.10;
  static final double MAX_RESYNC_CPU_SECONDS = 3.0;
  static final int RESYNC_CPU_PEOPLE = 10_000;
  static final long MAX_HEAP_BYTES = 512L * 1024 * 1024;
  static final int HEAP_PEOPLE = 50_000;
  static final double MAX_WEBHOOK_P95_SECONDS = 2.0;
  static final double MAX_REMOTE_EVENT_P95_SECONDS = 10.0;

  /** One target: met, missed or not measured, and the figures behind it. */
  record Target(String name, String status, String detail) {}

  private Targets() {}

  static List<Target> check(Benchmark.Results results) {
    List<Measurement> syncs = results.syncs();
    List<Target> targets = new ArrayList<>();
    targets.add(
        each(
            "calls actual/minimum <= " + MAX_CALLS_RATIO + " in every scenario",
            syncs,
            m -> true,
            m -> m.callsRatio() <= MAX_CALLS_RATIO,
            Measurement::callsRatio,
            m -> String.format(Locale.ROOT, "%.3f", m.callsRatio())));
    targets.add(
        each(
            "realistic profile wall/bound <= " + MAX_WALL_RATIO,
            syncs,
            m -> m.profile() == Profile.REALISTIC,
            m -> !(m.wallRatio() > MAX_WALL_RATIO),
            m -> Double.isNaN(m.wallRatio()) ? 0 : m.wallRatio(),
            m -> String.format(Locale.ROOT, "%.3f", m.wallRatio())));
    targets.add(
        each(
            "no-change resync of 10,000 people: sync CPU < 3 s and no writes",
            syncs,
            m -> m.scenario() == Scenario.RESYNC && m.people() == RESYNC_CPU_PEOPLE,
            m -> m.cpu().syncSeconds() < MAX_RESYNC_CPU_SECONDS && m.calls().remoteWrites() == 0,
            m -> m.cpu().syncSeconds(),
            m ->
                String.format(
                    Locale.ROOT,
                    "%.2f s CPU, %d writes",
                    m.cpu().syncSeconds(),
                    m.calls().remoteWrites())));
    targets.add(
        each(
            "peak heap < 512 MiB at 50,000 people (whole process, emulators included)",
            syncs,
            m -> m.people() == HEAP_PEOPLE,
            m -> m.heap().peakUsed() < MAX_HEAP_BYTES,
            m -> m.heap().peakUsed(),
            m -> String.format(Locale.ROOT, "%d MiB", m.heap().peakUsed() >> 20)));
    targets.add(webhook(results.webhook()));
    targets.add(remoteEvents(results.webhook()));
    return targets;
  }

  /** Checks {@code met} on every run it {@code applies} to; names the misses, or the worst run. */
  private static Target each(
      String name,
      List<Measurement> syncs,
      Predicate<Measurement> applies,
      Predicate<Measurement> met,
      ToDoubleFunction<Measurement> badness,
      Function<Measurement, String> figure) {
    List<String> missed = new ArrayList<>();
    Measurement worst = null;
    int runs = 0;
    for (Measurement m : syncs) {
      if (!applies.test(m)) {
        continue;
      }
      runs++;
      if (!met.test(m)) {
        missed.add(label(m) + " " + figure.apply(m));
      }
      if (worst == null || badness.applyAsDouble(m) > badness.applyAsDouble(worst)) {
        worst = m;
      }
    }
    if (worst == null) {
      return new Target(name, "not measured", "no run of the sizes and profiles it needs");
    }
    return missed.isEmpty()
        ? new Target(
            name,
            "met",
            runs
                + (runs == 1 ? " run" : " runs")
                + ", worst "
                + label(worst)
                + " "
                + figure.apply(worst))
        : new Target(name, "missed", String.join("; ", missed));
  }

  private static Target webhook(List<Benchmark.WebhookRun> runs) {
    String name = "webhook single change p95 < " + MAX_WEBHOOK_P95_SECONDS + " s";
    List<String> measured = new ArrayList<>();
    boolean missed = false;
    for (Benchmark.WebhookRun run : runs) {
      if (run.latencies().isPresent()) {
        double p95 = run.latencies().get().p95Seconds();
        measured.add(run.profile().id() + " " + run.people() + ": p95 " + p95 + " s");
        missed |= p95 >= MAX_WEBHOOK_P95_SECONDS;
      }
    }
    if (runs.isEmpty()) {
      return new Target(name, "not measured", "left out (--webhook-changes 0)");
    }
    if (measured.isEmpty()) {
      return new Target(name, "missed", "nobody was synced, so no change could be timed");
    }
    return new Target(name, missed ? "missed" : "met", String.join("; ", measured));
  }

  private static Target remoteEvents(List<Benchmark.WebhookRun> runs) {
    String name = "Remote event to waiting change p95 < " + MAX_REMOTE_EVENT_P95_SECONDS + " s";
    List<String> measured = new ArrayList<>();
    boolean missed = false;
    for (Benchmark.WebhookRun run : runs) {
      if (run.remoteEvents().isPresent()) {
        double p95 = run.remoteEvents().get().p95Seconds();
        measured.add(run.profile().id() + " " + run.people() + ": p95 " + p95 + " s");
        missed |= p95 >= MAX_REMOTE_EVENT_P95_SECONDS;
      }
    }
    if (measured.isEmpty()) {
      return new Target(name, "not measured", "no onboarding completion was timed");
    }
    return new Target(name, missed ? "missed" : "met", String.join("; ", measured));
  }

  static String label(Measurement m) {
    return m.profile().id() + " " + m.people() + " " + m.scenario().id();
  }
}
