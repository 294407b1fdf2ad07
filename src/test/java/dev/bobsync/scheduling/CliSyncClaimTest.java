package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.App;
import dev.bobsync.cli.BobsyncCommand;
import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.IntegrationSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bobsync sync} against an instance that is running a sync of the same integration: the CLI
 * takes the scheduler's claim, so it waits (or, with {@code --no-wait}, gives up) and the two runs
 * never overlap.
 */
class CliSyncClaimTest {
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;
  HibobEmulator hibob;
  RemoteEmulator remote;
  Store store;
  SyncScheduler scheduler;

  @AfterEach
  void close() {
    if (scheduler != null) {
      scheduler.stop();
    }
    if (store != null) {
      store.close();
    }
    hibob.close();
    remote.close();
  }

  @Test
  void R10_aCliSyncWaitsForTheServersRunAndNeverOverlapsIt() throws Exception {
    Clock clock = Clock.systemUTC();
    hibob =
        HibobEmulator.start(
            HibobCompany.fromFixture(ServiceHarness.resource("sync/hibob.json")), 0, clock);
    hibob.rateLimits(RateLimits.unlimited());
    remote =
        RemoteEmulator.start(
            RemoteFixture.read(ServiceHarness.resource("sync/remote.json")), 0, clock);
    Path dataDir = dir.resolve("data");
    store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir), clock);
    App app = new App(store, Clients.standard(clock), clock);
    Integration acme =
        new IntegrationSetup(store, app.clients())
            .add(
                store.workspaces().defaultWorkspace().id(),
                new IntegrationSetup.Request(
                    "acme",
                    hibob.baseUrl(),
                    "SERVICE-1",
                    "hibob-secret-token",
                    remote.baseUrl(),
                    "ra_test_acme",
                    Duration.ofMinutes(60),
                    Map.of("USA", "le-usa"),
                    100_000),
                false)
            .integration();
    scheduler =
        SyncScheduler.builder(store, app.syncRunner())
            .node("node-1")
            .clock(clock)
            .pollingInterval(Duration.ofMillis(100))
            .build();
    scheduler.start();
    Eventually.await("the first sync to end", WAIT, () -> finished(acme).size() >= 1);
    Eventually.await("the scheduler to let go", WAIT, () -> !scheduler.running(acme.id()));

    // a slow HiBob: the next run of the instance lasts seconds
    hibob.faults().set(new Faults.Settings(1500, 0, 503, 0, 0, 0));
    AtomicInteger mostAtOnce = new AtomicInteger();
    AtomicBoolean watching = new AtomicBoolean(true);
    CompletableFuture<Void> watcher =
        CompletableFuture.runAsync(
            () -> {
              while (watching.get()) {
                int running =
                    (int)
                        store.runs().recent(acme.id(), 20).stream()
                            .filter(SyncRun::running)
                            .map(SyncRun::id)
                            .count();
                mostAtOnce.accumulateAndGet(running, Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    assertThat(scheduler.syncNow(acme.id(), "test")).isNotNull();
    Eventually.await("the instance's run to start", WAIT, () -> scheduler.running(acme.id()));

    StringWriter refusedErr = new StringWriter();
    int refused = cli(dataDir, refusedErr, "sync", "acme", "--no-wait");
    assertThat(refused).as(refusedErr + " row: " + row(acme)).isEqualTo(4);
    assertThat(refusedErr.toString()).contains("running on node-1");

    StringWriter waitedErr = new StringWriter();
    int waited = cli(dataDir, waitedErr, "sync", "acme");
    watching.set(false);
    watcher.get();

    assertThat(waited).as(waitedErr.toString()).isZero();
    assertThat(waitedErr.toString()).contains("Waiting: a sync of acme is running on node-1");
    assertThat(mostAtOnce.get()).as("runs of acme at once").isEqualTo(1);
    List<SyncRun> runs = finished(acme);
    assertThat(runs).extracting(SyncRun::trigger).contains("test", "cli");
  }

  private String row(Integration acme) throws java.sql.SQLException {
    try (var c = store.dataSource().getConnection();
        var s =
            c.prepareStatement(
                "SELECT task_name, picked, picked_by, last_heartbeat FROM scheduled_tasks")) {
      var rs = s.executeQuery();
      StringBuilder b = new StringBuilder();
      while (rs.next()) {
        b.append(rs.getString(1))
            .append(' ')
            .append(rs.getBoolean(2))
            .append(' ')
            .append(rs.getString(3))
            .append(' ')
            .append(rs.getString(4))
            .append("; ");
      }
      return b.toString();
    }
  }

  private List<SyncRun> finished(Integration acme) {
    return store.runs().recent(acme.id(), 50).stream().filter(r -> !r.running()).toList();
  }

  private static int cli(Path dataDir, StringWriter err, String... args) {
    var cli = BobsyncCommand.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data-dir";
    withData[args.length + 1] = dataDir.toString();
    return cli.execute(withData);
  }
}
