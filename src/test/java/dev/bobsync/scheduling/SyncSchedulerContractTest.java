package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.NewIntegration;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.SyncRun;
import dev.bobsync.time.MovingClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * The scheduler on every database bobsync supports, with a runner that records its runs. The clock
 * runs in real time and jumps ahead when a test moves it; the scheduler polls every 50 ms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SyncSchedulerContractTest {
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration WAIT = Duration.ofSeconds(10);
  static final String NODE = "node-test";

  final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T09:00:00Z"));
  private final AtomicInteger names = new AtomicInteger();
  private TestAbortedException unavailable;
  Store store;
  RecordingRunner runner;
  SyncScheduler scheduler;

  abstract StoreConfig config(MasterKey key);

  void dropDatabase() {}

  @BeforeAll
  void openStore() {
    try {
      store = Store.open(config(MasterKey.generate()), clock);
    } catch (TestAbortedException e) {
      unavailable = e;
    }
  }

  @BeforeEach
  void newScheduler() {
    if (unavailable != null) {
      throw new TestAbortedException(unavailable.getMessage());
    }
    runner = new RecordingRunner(store);
    scheduler =
        SyncScheduler.builder(store, runner)
            .node(NODE)
            .clock(clock)
            .pollingInterval(Duration.ofMillis(50))
            .heartbeat(Duration.ofMillis(100), 4)
            .refreshInterval(HOUR)
            .shutdownWait(Duration.ofSeconds(5))
            .webhooks(Duration.ofSeconds(2), Duration.ofSeconds(10), 3)
            .build();
  }

  @AfterEach
  void stopScheduler() throws SQLException {
    if (scheduler != null) {
      runner.release();
      scheduler.stop();
      store.integrations().listActive().forEach(i -> store.integrations().remove(i.id(), false));
      sql("DELETE FROM scheduled_tasks");
    }
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
    }
    dropDatabase();
  }

  @Test
  void R10_aNewIntegrationSyncsAtOnceAndThenEveryInterval() {
    Integration acme = integration(HOUR);
    scheduler.start();

    awaitRuns(acme, 1);
    assertThat(runner.calls(acme.id()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.trigger()).isEqualTo("schedule");
              assertThat(c.node()).isEqualTo(NODE);
              assertThat(c.people()).isEmpty();
            });
    awaitIdle(acme);
    assertNextRun(acme, clock.instant().plus(HOUR));

    clock.advance(HOUR.minusSeconds(3));
    Eventually.pause(Duration.ofMillis(300));
    assertThat(runner.calls(acme.id())).hasSize(1);
    clock.advance(Duration.ofSeconds(3));
    awaitRuns(acme, 2);
    awaitIdle(acme);
    clock.advance(HOUR);
    awaitRuns(acme, 3);
    awaitIdle(acme);
    assertThat(runner.calls(acme.id())).hasSize(3);
    assertThat(runner.overlaps()).isEmpty();
  }

  @Test
  void R10_syncNowRunsAtOnceAndTheIntervalStartsAgainFromIt() {
    Integration acme = integration(HOUR);
    scheduler.start();
    awaitRuns(acme, 1);
    awaitIdle(acme);
    clock.advance(Duration.ofMinutes(20));

    assertThat(scheduler.syncNow(acme.id(), "manual")).isEqualTo(SyncNowResult.STARTED);

    awaitRuns(acme, 2);
    assertThat(runner.calls(acme.id()).get(1).trigger()).isEqualTo("manual");
    awaitIdle(acme);
    assertNextRun(acme, clock.instant().plus(HOUR));
    assertThat(store.runs().recent(acme.id(), 1).get(0).trigger()).isEqualTo("manual");
  }

  @Test
  void syncNowWhileARunIsUnderWaySaysSoAndStartsNoSecondRun() {
    Integration acme = integration(HOUR);
    runner.hold();
    scheduler.start();
    Eventually.await("the first run", WAIT, () -> runner.running(acme.id()));

    assertThat(scheduler.syncNow(acme.id(), "manual")).isEqualTo(SyncNowResult.ALREADY_RUNNING);
    ScheduleStatus status = scheduler.status(acme.id());
    assertThat(status.running()).isTrue();
    assertThat(status.runningOn()).isEqualTo(NODE);
    assertThat(status.nextRun()).isEmpty();
    assertThat(scheduler.running(acme.id())).isTrue();

    runner.release();
    awaitIdle(acme);
    Eventually.pause(Duration.ofMillis(300));
    assertThat(runner.calls(acme.id())).hasSize(1);
    assertThat(scheduler.syncNow(acme.id(), "api")).isEqualTo(SyncNowResult.STARTED);
    awaitRuns(acme, 2);
    assertThat(runner.overlaps()).isEmpty();
  }

  @Test
  void syncNowOfAnUnknownOrRemovedIntegrationFindsNothing() {
    Integration acme = integration(HOUR);
    store.integrations().remove(acme.id(), true);

    assertThat(scheduler.syncNow(acme.id(), "manual")).isEqualTo(SyncNowResult.NOT_FOUND);
    assertThat(scheduler.syncNow("no-such-id", "manual")).isEqualTo(SyncNowResult.NOT_FOUND);
    assertThat(scheduler.status("no-such-id")).isEqualTo(ScheduleStatus.NONE);
  }

  @Test
  void C5_aRemovedIntegrationIsTakenOffTheSchedule() {
    Integration acme = integration(HOUR);
    scheduler.start();
    awaitRuns(acme, 1);
    awaitIdle(acme);

    store.integrations().remove(acme.id(), true);
    scheduler.unschedule(acme.id());

    assertThat(scheduler.status(acme.id())).isEqualTo(ScheduleStatus.NONE);
    clock.advance(HOUR.multipliedBy(2));
    scheduler.refresh();
    Eventually.pause(Duration.ofMillis(300));
    assertThat(runner.calls(acme.id())).hasSize(1);
  }

  @Test
  void C5_anIntegrationRemovedDuringARunLeavesTheScheduleWhenTheRunEnds() {
    Integration acme = integration(HOUR);
    runner.hold();
    scheduler.start();
    Eventually.await("the first run", WAIT, () -> runner.running(acme.id()));

    store.integrations().remove(acme.id(), true);
    scheduler.unschedule(acme.id());
    runner.release();

    Eventually.await(
        "the row to go", WAIT, () -> scheduler.status(acme.id()).equals(ScheduleStatus.NONE));
    clock.advance(HOUR.multipliedBy(2));
    Eventually.pause(Duration.ofMillis(300));
    assertThat(runner.calls(acme.id())).hasSize(1);
  }

  @Test
  void R10_anIntervalChangeMovesTheNextSync() {
    Integration acme = integration(HOUR);
    scheduler.start();
    awaitRuns(acme, 1);
    awaitIdle(acme);
    clock.advance(Duration.ofMinutes(5));

    store.integrations().updateInterval(acme.id(), Duration.ofMinutes(15));
    scheduler.schedule(store.integrations().byId(acme.id()).orElseThrow());

    assertNextRun(acme, clock.instant().plus(Duration.ofMinutes(15)));
    clock.advance(Duration.ofMinutes(15));
    awaitRuns(acme, 2);
    awaitIdle(acme);
    assertNextRun(acme, clock.instant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void refreshFollowsIntegrationsAddedAndRemovedElsewhere() {
    scheduler.start();
    Integration acme = integration(HOUR);
    assertThat(scheduler.status(acme.id())).isEqualTo(ScheduleStatus.NONE);

    scheduler.refresh();
    awaitRuns(acme, 1);
    awaitIdle(acme);
    store.integrations().updateInterval(acme.id(), Duration.ofMinutes(30));
    scheduler.refresh();
    assertNextRun(acme, clock.instant().plus(Duration.ofMinutes(30)));

    store.integrations().remove(acme.id(), false);
    scheduler.refresh();
    assertThat(scheduler.status(acme.id())).isEqualTo(ScheduleStatus.NONE);
  }

  @Test
  void anIntegrationWithoutIntervalRunsOnDemandOnly() {
    Integration pay = integration(Duration.ZERO);
    scheduler.start();
    Eventually.pause(Duration.ofMillis(300));
    assertThat(runner.calls(pay.id())).isEmpty();
    assertThat(scheduler.nextRun(pay.id())).isEmpty();

    assertThat(scheduler.syncNow(pay.id(), "manual")).isEqualTo(SyncNowResult.STARTED);
    awaitRuns(pay, 1);
    awaitIdle(pay);
    assertThat(scheduler.nextRun(pay.id())).isEmpty();
  }

  @Test
  void changesReportedTogetherBecomeOneTargetedRunWithinTheWindow() {
    Integration acme = integration(HOUR);
    scheduler.start();
    awaitRuns(acme, 1);
    awaitIdle(acme);
    Instant nextFull = scheduler.nextRun(acme.id()).orElseThrow();
    clock.advance(Duration.ofSeconds(30));

    scheduler.syncPeople(acme.id(), Set.of("101"), "webhook");
    scheduler.syncPeople(acme.id(), Set.of("102"), "webhook");
    scheduler.syncPeople(acme.id(), Set.of("101"), "webhook");

    assertNextRun(acme, clock.instant().plusSeconds(2));
    Eventually.pause(Duration.ofMillis(200));
    assertThat(runner.calls(acme.id())).hasSize(1);
    clock.advance(Duration.ofSeconds(2));
    awaitRuns(acme, 2);
    RecordingRunner.Call targeted = runner.calls(acme.id()).get(1);
    assertThat(targeted.trigger()).isEqualTo("webhook");
    assertThat(targeted.people()).containsExactlyInAnyOrder("101", "102");
    awaitIdle(acme);
    assertNextRun(acme, nextFull);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void changesReportedDuringARunAreQueuedForTheNextOne() {
    Integration acme = integration(HOUR);
    runner.hold();
    scheduler.start();
    Eventually.await("the first run", WAIT, () -> runner.running(acme.id()));

    scheduler.syncPeople(acme.id(), Set.of("201"), "webhook");
    scheduler.syncPeople(acme.id(), Set.of("202"), "webhook");
    runner.release();
    awaitIdle(acme);

    Instant started = store.runs().recent(acme.id(), 1).get(0).startedAt();
    assertNextRun(acme, started.plusSeconds(10));
    clock.advance(Duration.ofSeconds(10));
    awaitRuns(acme, 2);
    assertThat(runner.calls(acme.id()).get(1).people()).containsExactlyInAnyOrder("201", "202");
    assertThat(runner.overlaps()).isEmpty();
  }

  @Test
  void moreChangedPeopleThanTheLimitMakeOneFullSync() {
    Integration acme = integration(HOUR);
    scheduler.start();
    awaitRuns(acme, 1);
    awaitIdle(acme);
    clock.advance(Duration.ofMinutes(1));

    scheduler.syncPeople(acme.id(), List.of("1", "2", "3", "4"), "webhook");
    clock.advance(Duration.ofSeconds(2));

    awaitRuns(acme, 2);
    RecordingRunner.Call full = runner.calls(acme.id()).get(1);
    assertThat(full.trigger()).isEqualTo("webhook");
    assertThat(full.people()).isEmpty();
  }

  @Test
  void aRunLeftByAStoppedInstanceIsClosedAndTheIntegrationRunsAgain() throws SQLException {
    Integration acme = integration(HOUR);
    scheduler.schedule(acme);
    SyncRun dead = store.runs().start(acme.id(), "remote", "schedule", "node-dead");
    markPickedBy(acme, "node-dead", clock.instant().minus(Duration.ofMinutes(5)));
    assertThat(scheduler.status(acme.id()).runningOn()).isEqualTo("node-dead");

    scheduler.start();

    awaitRuns(acme, 1);
    assertThat(runner.calls(acme.id()).get(0).node()).isEqualTo(NODE);
    SyncRun closed = store.runs().byId(dead.id()).orElseThrow();
    assertThat(closed.state()).isEqualTo("failed");
    assertThat(closed.error()).isEqualTo("the instance running it stopped; a new run was started");
    awaitIdle(acme);
    assertThat(store.runs().recent(acme.id(), 1).get(0).state()).isEqualTo("succeeded");
  }

  @Test
  void aRunnerThatThrowsLeavesNoRunOpenAndTheScheduleGoesOn() {
    Integration acme = integration(HOUR);
    IntegrationRunner failing =
        (integration, options) -> {
          store.runs().start(integration.id(), "remote", options.trigger(), options.node());
          throw new IllegalStateException("boom with secret-token-123");
        };
    scheduler.stop();
    scheduler =
        SyncScheduler.builder(store, failing)
            .node(NODE)
            .clock(clock)
            .pollingInterval(Duration.ofMillis(50))
            .build();
    scheduler.start();

    Eventually.await(
        "the failed run",
        WAIT,
        () -> store.runs().recent(acme.id(), 1).stream().anyMatch(r -> r.state().equals("failed")));
    SyncRun run = store.runs().recent(acme.id(), 1).get(0);
    assertThat(run.error())
        .isEqualTo("the run stopped unexpectedly: IllegalStateException")
        .doesNotContain("secret");
    awaitIdle(acme);
    assertNextRun(acme, clock.instant().plus(HOUR));
  }

  @Test
  void twoInstancesNeverRunOneIntegrationTwiceAtOnceWhateverStartsTheRuns() {
    runner.slowDown(Duration.ofMillis(40));
    Integration acme = integration(Duration.ofSeconds(1));
    SyncScheduler other =
        SyncScheduler.builder(store, runner)
            .node("node-other")
            .clock(clock)
            .pollingInterval(Duration.ofMillis(50))
            .heartbeat(Duration.ofMillis(100), 4)
            .webhooks(Duration.ZERO, Duration.ZERO, 3)
            .build();
    scheduler.start();
    other.start();
    int alreadyRunning = 0;
    try {
      long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      for (int k = 0; System.nanoTime() < end; k++) {
        for (SyncScheduler s : List.of(scheduler, other)) {
          if (s.syncNow(acme.id(), "manual") == SyncNowResult.ALREADY_RUNNING) {
            alreadyRunning++;
          }
          s.syncPeople(acme.id(), Set.of("p" + k), "webhook");
        }
        Eventually.pause(Duration.ofMillis(10));
      }
    } finally {
      other.stop();
    }

    assertThat(runner.overlaps()).isEmpty();
    assertThat(alreadyRunning).isPositive();
    assertThat(runner.calls(acme.id()))
        .hasSizeGreaterThan(5)
        .extracting(RecordingRunner.Call::node)
        .contains(NODE, "node-other");
    assertThat(store.runs().recent(acme.id(), 1000))
        .allSatisfy(r -> assertThat(r.state()).isIn("succeeded", "running"));
  }

  // ---- helpers

  Integration integration(Duration interval) {
    String ws = store.workspaces().create("ws-" + names.incrementAndGet()).id();
    return store
        .integrations()
        .create(
            ws,
            new NewIntegration(
                "acme",
                "http://localhost:1/v1",
                "http://localhost:1",
                new Credentials("SERVICE-1", "hibob-token", "remote-token"),
                interval,
                null));
  }

  void assertNextRun(Integration i, Instant expected) {
    assertThat(scheduler.nextRun(i.id()))
        .hasValueSatisfying(t -> assertThat(t).isCloseTo(expected, within(1, ChronoUnit.SECONDS)));
  }

  void awaitRuns(Integration i, int count) {
    Eventually.await(count + " run(s)", WAIT, () -> runner.calls(i.id()).size() >= count);
  }

  void awaitIdle(Integration i) {
    Eventually.await(
        "the run to end", WAIT, () -> !runner.running(i.id()) && !scheduler.running(i.id()));
  }

  private void markPickedBy(Integration i, String node, Instant heartbeat) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE scheduled_tasks SET picked = TRUE, picked_by = ?, last_heartbeat = ?,"
                    + " version = version + 1 WHERE task_name = ? AND task_instance = ?")) {
      s.setString(1, node);
      s.setObject(2, heartbeat.atOffset(ZoneOffset.UTC));
      s.setString(3, IntegrationTask.NAME);
      s.setString(4, i.id());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.executeUpdate();
    }
  }
}
