package dev.bobsync.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobsync.sync.SyncReport;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark's own sums: the fewest calls a sync needs, the bound and the ratios. */
class BenchArithmeticTest {

  @Test
  void aFirstRunListsEveryEmploymentOnePageAtLeastAndWritesEachNewHire() {
    MinimumCalls empty =
        MinimumCalls.firstRun(new MinimumCalls.RemoteCensus(0, Map.of()), 2 * 217, 9, false);
    assertThat(empty)
        .as("a create and a form update per new hire; each country form read once")
        .isEqualTo(new MinimumCalls(2, 0, 1 + 9, 2 * 217));
    assertThat(empty.total()).isEqualTo(2 + 10 + 434);

    MinimumCalls some =
        MinimumCalls.firstRun(new MinimumCalls.RemoteCensus(250, Map.of()), 10, 0, false);
    assertThat(some.remoteReads()).isEqualTo(3);
  }

  @Test
  void aLaterRunReadsOnlyEmploymentsNotYetActiveByStatusOrTheFullListingWhenFewer() {
    MinimumCalls allCreated =
        MinimumCalls.laterRun(
            new MinimumCalls.RemoteCensus(9_080, Map.of("created", 9_080)), 0, false);
    assertThat(allCreated).isEqualTo(new MinimumCalls(2, 0, 91, 0));

    MinimumCalls mostlyActive =
        MinimumCalls.laterRun(
            new MinimumCalls.RemoteCensus(10_000, Map.of("created", 150, "invited", 20)),
            100,
            false);
    assertThat(mostlyActive).isEqualTo(new MinimumCalls(2, 0, 3, 100));

    MinimumCalls allActive =
        MinimumCalls.laterRun(new MinimumCalls.RemoteCensus(5_000, Map.of()), 0, false);
    assertThat(allActive.remoteReads()).isZero();

    MinimumCalls fewerInFull =
        MinimumCalls.laterRun(
            new MinimumCalls.RemoteCensus(150, Map.of("created", 60, "invited", 60, "pending", 30)),
            0,
            false);
    assertThat(fewerInFull.remoteReads()).isEqualTo(2);
  }

  @Test
  void theTimeOffFeedIsOneMoreHibobCallWhenTimeOffSyncs() {
    MinimumCalls withTimeOff =
        MinimumCalls.laterRun(
            new MinimumCalls.RemoteCensus(1_000, Map.of("created", 1_000)), 10, true);
    assertThat(withTimeOff).isEqualTo(new MinimumCalls(2, 1, 10, 10));
    assertThat(withTimeOff.hibobTotal()).isEqualTo(3);
    assertThat(withTimeOff.total()).isEqualTo(23);
    assertThat(withTimeOff.people()).isEqualTo(22);
  }

  @Test
  void theBoundIsTheMinimumCallsOverTheLimitOfWhicheverApiTakesLonger() {
    Measurement created =
        measured(Profile.REALISTIC, new SyncReport.Calls(2, 5, 217, 0), 661.0, 217);
    assertThat(created.minimum().total()).isEqualTo(220);
    assertThat(created.boundSeconds()).isCloseTo(60.0 * 218 / 20, within(1e-9));
    assertThat(created.wallRatio()).isCloseTo(661.0 / 654.0, within(1e-9));
    assertThat(created.callsRatio()).isCloseTo(224.0 / 220.0, within(1e-9));
    assertThat(created.peopleRatio()).isCloseTo(224.0 / 220.0, within(1e-9));

    Measurement hibobBound =
        measured(
            Profile.REALISTIC,
            new SyncReport.Calls(2, 0, 0, 0),
            1.0,
            MinimumCalls.laterRun(new MinimumCalls.RemoteCensus(10, Map.of()), 0, false));
    assertThat(hibobBound.boundSeconds()).isCloseTo(60.0 * 2 / 50, within(1e-9));
  }

  @Test
  void ratiosOfNothingNeededAreOneWhenNothingWasDoneAndInfiniteOtherwise() {
    assertThat(Measurement.ratio(0, 0)).isEqualTo(1.0);
    assertThat(Measurement.ratio(3, 0)).isInfinite();
    assertThat(Measurement.ratio(21, 20)).isCloseTo(1.05, within(1e-9));
  }

  @Test
  void onePercentIsRoundedAndOnePersonAtLeast() {
    assertThat(Edits.onePercentOf(1_000)).isEqualTo(10);
    assertThat(Edits.onePercentOf(50_000)).isEqualTo(500);
    assertThat(Edits.onePercentOf(20)).isEqualTo(1);
  }

  @Test
  void targetsReportMissesWithTheRunsThatMissed() {
    Measurement fine = measured(Profile.REALISTIC, new SyncReport.Calls(2, 1, 217, 0), 661, 217);
    Measurement wasteful =
        measured(Profile.REALISTIC, new SyncReport.Calls(2, 1, 230, 13), 700, 217);
    var targets =
        Targets.check(
            new Benchmark.Results(java.util.List.of(fine, wasteful), java.util.List.of()));
    assertThat(targets.get(0).status()).isEqualTo("missed");
    assertThat(targets.get(0).detail()).isEqualTo("realistic 1000 initial 1.059");
    assertThat(targets.get(1).status()).isEqualTo("met");
    assertThat(targets.get(2).status()).isEqualTo("not measured");
    assertThat(targets.get(4).status()).isEqualTo("not measured");
  }

  @Test
  void theWebhookTargetIsMetUnderTenSecondsAtP95AndMissedWhenNothingCouldBeTimed() {
    var fast = new WebhookScenario.Latencies(50, 0.9, 1.6);
    var slow = new WebhookScenario.Latencies(50, 5.1, 12.0);
    assertThat(webhookTarget(Optional.of(fast)).status()).isEqualTo("met");
    assertThat(webhookTarget(Optional.of(slow)).status()).isEqualTo("missed");
    assertThat(webhookTarget(Optional.empty()).status()).isEqualTo("missed");
    assertThat(webhookTarget(Optional.empty()).detail()).contains("nobody was synced");
  }

  private static Targets.Target webhookTarget(Optional<WebhookScenario.Latencies> latencies) {
    var run = new Benchmark.WebhookRun(Profile.REALISTIC, 10_000, latencies);
    return Targets.check(new Benchmark.Results(java.util.List.of(), java.util.List.of(run))).get(4);
  }

  private static Measurement measured(
      Profile profile, SyncReport.Calls calls, double wallSeconds, int writes) {
    return measured(
        profile,
        calls,
        wallSeconds,
        MinimumCalls.firstRun(new MinimumCalls.RemoteCensus(0, Map.of()), writes, 0, false));
  }

  private static Measurement measured(
      Profile profile, SyncReport.Calls calls, double wallSeconds, MinimumCalls minimum) {
    int writes = minimum.remoteWrites();
    return new Measurement(
        profile,
        1_000,
        writes,
        Scenario.INITIAL,
        calls,
        calls,
        new SyncReport.Calls(0, 0, 0, 0),
        minimum,
        wallSeconds,
        1.0,
        new CpuWatch.Cpu(0.5, 1.0),
        new HeapWatch.Heap(1L << 20, 2L << 20, 1L << 20),
        1L << 20,
        new SyncReport.Counts(writes, 0, 0, 0, 0, 0, 0, 0),
        Map.of(),
        Map.of(),
        0,
        null);
  }
}
