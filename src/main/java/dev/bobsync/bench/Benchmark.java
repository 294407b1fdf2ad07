package dev.bobsync.bench;

import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.EmploymentForm;
import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.emulator.remote.RequestCounts;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs the scenarios on a generated company of each size under each profile, one company at a time,
 * and measures each sync.
 */
final class Benchmark {
  /** Each run syncs time off after people, as the scheduler's runs do, reading HiBob's feed. */
  static final boolean TIME_OFF = true;

  /** How to run: company sizes, profiles, the generator's seed, where the stores live. */
  record Options(List<Integer> sizes, List<Profile> profiles, long seed, Path workDir) {
    Options {
      sizes = List.copyOf(sizes);
      profiles = List.copyOf(profiles);
    }
  }

  /** Every sync measured, and the webhook scenario's latencies per company and profile. */
  record Results(List<Measurement> syncs, List<WebhookRun> webhook) {
    Results {
      syncs = List.copyOf(syncs);
      webhook = List.copyOf(webhook);
    }
  }

  /** The webhook scenario on one company: latencies, or empty when nobody was synced. */
  record WebhookRun(
      Profile profile,
      int people,
      Optional<WebhookScenario.Latencies> latencies,
      Optional<WebhookScenario.Latencies> remoteEvents) {
    WebhookRun(Profile profile, int people, Optional<WebhookScenario.Latencies> latencies) {
      this(profile, people, latencies, Optional.empty());
    }
  }

  private static final SyncReport.Calls NO_CALLS = new SyncReport.Calls(0, 0, 0, 0);

  private final PrintWriter log;
  private final WebhookScenario webhook;

  Benchmark(PrintWriter log, WebhookScenario webhook) {
    this.log = log;
    this.webhook = webhook;
  }

  Results run(Options options) throws Exception {
    List<Measurement> results = new ArrayList<>();
    List<WebhookRun> webhooks = new ArrayList<>();
    // Fifty changes one after another take minutes of real time: measured once, at the vendors'
    // real limits where that profile runs, on the 10,000 company where it is chosen.
    int webhookSize = options.sizes().contains(10_000) ? 10_000 : options.sizes().get(0);
    Profile webhookProfile =
        options.profiles().stream()
            .filter(p -> p.id().equals("realistic"))
            .findFirst()
            .orElse(options.profiles().get(0));
    for (int size : options.sizes()) {
      long started = System.nanoTime();
      HibobCompany company =
          HibobCompany.generateNewHires(size, options.seed(), LocalDate.now(ZoneOffset.UTC));
      say("%,d people generated in %.1f s", size, (System.nanoTime() - started) / 1e9);
      for (Profile profile : options.profiles()) {
        Path dir = Files.createTempDirectory(options.workDir(), profile.id() + "-" + size + "-");
        try (BenchWorld world = BenchWorld.start(company, profile, dir)) {
          results.addAll(scenarios(world, size, options.seed()));
          if (webhook != WebhookScenario.NONE && size == webhookSize && profile == webhookProfile) {
            Optional<WebhookScenario.Latencies> measured = webhook.measure(world);
            webhooks.add(new WebhookRun(profile, size, measured, webhook.lastRemoteEvents()));
          }
        }
      }
    }
    return new Results(results, webhooks);
  }

  private List<Measurement> scenarios(BenchWorld world, int size, long seed) {
    List<Measurement> results = new ArrayList<>();
    world.nextRun();
    int selected = world.selected.size();
    MinimumCalls.RemoteCensus empty = census(world);
    results.add(
        measure(
            world,
            size,
            Scenario.INITIAL,
            () ->
                MinimumCalls.firstRun(
                    empty, selected + formUpdates(world), formsUsed(world), TIME_OFF),
            selected));
    world.nextRun();
    MinimumCalls.RemoteCensus created = census(world);
    results.add(
        measure(
            world, size, Scenario.RESYNC, () -> MinimumCalls.laterRun(created, 0, TIME_OFF), 0));
    int edited = new Edits().apply(world, Edits.onePercentOf(size), seed);
    world.nextRun();
    MinimumCalls.RemoteCensus later = census(world);
    results.add(
        measure(
            world,
            size,
            Scenario.ONE_PERCENT,
            () -> MinimumCalls.laterRun(later, edited, TIME_OFF),
            edited));
    return results;
  }

  /**
   * New hires whose employment got forms besides basic information: each needed one update after
   * its create (Remote's create takes basic information only).
   */
  private static int formUpdates(BenchWorld world) {
    int updates = 0;
    for (Employment e : world.remoteCompany().employments()) {
      if (e.forms().keySet().stream().anyMatch(f -> f != EmploymentForm.BASIC_INFORMATION)) {
        updates++;
      }
    }
    return updates;
  }

  /** Country forms the new employments were checked against: each read once. */
  private static int formsUsed(BenchWorld world) {
    Set<String> used = new HashSet<>();
    for (Employment e : world.remoteCompany().employments()) {
      for (EmploymentForm f : e.forms().keySet()) {
        used.add(e.countryCode() + "/" + f.countryForm(e.type()));
      }
    }
    return used.size();
  }

  private Measurement measure(
      BenchWorld world,
      int size,
      Scenario scenario,
      Supplier<MinimumCalls> minimumAfterRun,
      int writes) {
    say("%s %,d: %s ...", world.profile.id(), size, scenario.label());
    HeapWatch heap = HeapWatch.start();
    CpuWatch cpu = CpuWatch.start(world.helperThreads());
    Instant start = world.clock.instant();
    long realStart = System.nanoTime();
    IntegrationSync.Report report = world.sync();
    double real = (System.nanoTime() - realStart) / 1e9;
    double wall = world.clock.secondsSince(start);
    CpuWatch.Cpu usedCpu = cpu.stop();
    HeapWatch.Heap usedHeap = heap.stop();
    MinimumCalls minimum = minimumAfterRun.get();
    RequestCounts remote = world.remote.requests(world.remoteCompany().id());
    SyncReport.Calls calls =
        new SyncReport.Calls(
            (int) world.hibob.stats().total(),
            (int) remote.reads(),
            (int) remote.writes(),
            (int) (remote.rateLimited() + world.hibob.stats().rateLimited()));
    Measurement m =
        new Measurement(
            world.profile,
            size,
            world.selected.size(),
            scenario,
            calls,
            report.people().calls(),
            report.timeOff() == null ? NO_CALLS : report.timeOff().calls(),
            minimum,
            wall,
            real,
            usedCpu,
            usedHeap,
            world.databaseBytes(),
            report.people().counts(),
            remote.byRoute(),
            world.hibob.stats().requests(),
            world.hibob.stats().rateLimited(),
            problem(report, writes));
    say(
        "  %d HiBob, %d Remote reads, %d writes (minimum %d; time off %d of them); %.1f s%s,"
            + " %.2f s CPU%s",
        calls.hibob(),
        calls.remoteReads(),
        calls.remoteWrites(),
        minimum.total(),
        m.timeOffTotal(),
        wall,
        world.clock.isVirtual() ? " virtual (" + String.format("%.1f s real)", real) : "",
        usedCpu.syncSeconds(),
        m.problem() == null ? "" : "; " + m.problem());
    return m;
  }

  /** What Remote holds now, as the minimum-calls formula needs it. */
  private static MinimumCalls.RemoteCensus census(BenchWorld world) {
    int listed = 0;
    Map<String, Integer> notYetActive = new TreeMap<>();
    for (Employment e : world.remoteCompany().employments()) {
      EmploymentStatus status = e.status();
      if (status == EmploymentStatus.DELETED) {
        continue;
      }
      listed++;
      if (status.beforeOnboarding() || status.onboarding()) {
        notYetActive.merge(status.wire(), 1, Integer::sum);
      }
    }
    return new MinimumCalls.RemoteCensus(listed, notYetActive);
  }

  /** How the run's outcome differs from the scenario's {@code writes} and nothing else. */
  private static String problem(IntegrationSync.Report run, int writes) {
    if (run.people().failed()) {
      return "the employee sync failed: " + run.people().error();
    }
    if (run.timeOff() != null && run.timeOff().failed()) {
      return "the time-off sync failed: " + run.timeOff().error();
    }
    SyncReport.Counts c = run.people().counts();
    List<String> off = new ArrayList<>();
    if (c.created() + c.updated() != writes) {
      off.add(c.created() + " created and " + c.updated() + " updated, expected " + writes);
    }
    int notSynced = c.waiting() + c.skipped() + c.frozen() + c.failed();
    if (notSynced > 0) {
      off.add(
          c.waiting()
              + " waiting, "
              + c.skipped()
              + " skipped, "
              + c.frozen()
              + " frozen, "
              + c.failed()
              + " failed");
    }
    return off.isEmpty() ? null : String.join("; ", off);
  }

  private void say(String format, Object... args) {
    log.println(String.format(format, args));
    log.flush();
  }
}
