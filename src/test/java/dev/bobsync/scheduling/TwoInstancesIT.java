package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.SyncRun;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.sync.IntegrationSetup;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bobsync instances, each a JVM of its own, sharing one PostgreSQL schema and ten integrations:
 * every integration syncs once per interval and never twice at once, and when one instance is
 * killed mid-run the other closes that run and syncs the integration again. The instances are
 * {@code bobsync serve} processes, started as an operator would (environment variables, options).
 */
class TwoInstancesIT {
  static final Duration INTERVAL = Duration.ofSeconds(4);
  static final Duration SLACK = Duration.ofSeconds(3);
  static final int INTEGRATIONS = 10;
  static final String DEAD_RUN = "the instance running it stopped; a new run was started";

  @TempDir Path dir;
  TestDatabases.PostgresSchema schema;
  String masterKey;
  Store store;
  HibobEmulator hibob;
  RemoteEmulator remote;
  final List<NodeProcess> nodes = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (NodeProcess node : nodes) {
      node.close();
    }
    if (store != null) {
      store.close();
    }
    if (hibob != null) {
      hibob.close();
    }
    if (remote != null) {
      remote.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void tenIntegrationsSyncOncePerIntervalAndOneInstanceDiesMidRun() throws Exception {
    schema = TestDatabases.postgresSchema();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    masterKey = Base64.getEncoder().encodeToString(key);
    store = Store.open(schema.config(MasterKey.fromBase64(masterKey, "test")), Clock.systemUTC());
    startEmulators();
    List<Integration> integrations = addIntegrations();
    Faults.Settings steady = new Faults.Settings(150, 0, 503, 0, 0, 0); // runs long enough to kill
    Faults.Settings slow = new Faults.Settings(1500, 0, 503, 0, 0, 0);
    hibob.faults().set(steady);
    hibob.resetStats();
    remote.resetRequestCounts();

    NodeProcess a = startNode("node-a");
    NodeProcess b = startNode("node-b");
    a.awaitReady(Duration.ofSeconds(30));
    b.awaitReady(Duration.ofSeconds(30));
    Eventually.pause(INTERVAL.multipliedBy(3));

    // Slow both vendors right down, and kill a run that started after that: every call it still
    // makes takes a second and a half, so it is still running when node-a dies. (A run found
    // running before the slowdown may be past its last call and end before the kill lands.)
    Instant slowed = Instant.now();
    hibob.faults().set(slow);
    remote.faults().set(slow);
    SyncRun killed = awaitRunningOn("node-a", slowed);
    a.kill();
    hibob.faults().set(steady);
    remote.faults().set(Faults.Settings.NONE);
    Eventually.await(
        "node-b to close the dead run and sync that integration again",
        Duration.ofSeconds(20),
        () -> closedAndRunAgain(killed));
    Eventually.pause(INTERVAL.plusSeconds(1));
    // serve stops on SIGTERM: its shutdown finishes the run in hand, then the JVM exits with 143.
    assertThat(b.stop(Duration.ofSeconds(30))).as(b.logTail()).isIn(0, 143);

    Map<String, List<SyncRun>> runs = new HashMap<>();
    integrations.forEach(i -> runs.put(i.id(), runsOf(i)));
    assertThat(runs.values()).allSatisfy(list -> assertThat(list).noneMatch(SyncRun::running));
    assertThat(runs.values()).allSatisfy(TwoInstancesIT::neverTwoAtOnce);
    // Each sync is an employee run and then a time-off run; the interval is between syncs.
    assertThat(runs.values()).allSatisfy(TwoInstancesIT::oncePerInterval);
    assertThat(runs.values().stream().flatMap(List::stream).map(SyncRun::node).distinct())
        .containsExactlyInAnyOrder("node-a", "node-b");
    for (int n = 0; n < INTEGRATIONS; n++) {
      Integration i = integrations.get(n);
      long recorded = runs.get(i.id()).stream().mapToLong(SyncRun::remoteCalls).sum();
      long received = remote.requests(company(n)).total();
      if (runs.get(i.id()).stream().anyMatch(TwoInstancesIT::died)) {
        assertThat(received).isGreaterThanOrEqualTo(recorded);
      } else {
        assertThat(received).as("Remote requests of %s", i.name()).isEqualTo(recorded);
      }
    }
  }

  /** One instance with the test's database, key and short intervals. */
  private NodeProcess startNode(String name) {
    Map<String, String> env =
        Map.of(
            StoreConfig.DB_URL, schema.jdbcUrl(),
            StoreConfig.DB_USER, schema.config(MasterKey.generate()).user(),
            StoreConfig.DB_PASSWORD,
                Optional.ofNullable(schema.config(MasterKey.generate()).password()).orElse(""),
            MasterKey.ENV, masterKey);
    NodeProcess node =
        NodeProcess.serve(
            name,
            List.of(
                "--port",
                "0",
                "--node",
                name,
                "--poll-interval",
                "200ms",
                "--heartbeat",
                "300ms",
                "--data-dir",
                dir.resolve(name).toString()),
            env,
            dir);
    nodes.add(node);
    return node;
  }

  private void startEmulators() {
    hibob =
        HibobEmulator.start(
            HibobCompany.fromFixture(ServiceHarness.resource("sync/hibob.json")),
            0,
            Clock.systemUTC());
    hibob.rateLimits(RateLimits.unlimited());
    StringBuilder companies = new StringBuilder();
    for (int n = 0; n < INTEGRATIONS; n++) {
      companies
          .append(n == 0 ? "" : ",")
          .append("{\"id\": \"")
          .append(company(n))
          .append("\", \"apiToken\": \"ra_test_")
          .append(n)
          .append("\", \"rateLimitPerMinute\": 100000,")
          .append(" \"legalEntities\": [{\"id\": \"le-usa\", \"country_code\": \"USA\"}],")
          .append(
              " \"managers\": [{\"user_id\": \"u-boss\", \"user_email\": \"boss@acme.example\","
                  + " \"role\": \"admin\"}]}");
    }
    remote =
        RemoteEmulator.start(
            RemoteFixture.parse("{\"companies\": [" + companies + "]}"), 0, Clock.systemUTC());
  }

  private List<Integration> addIntegrations() {
    IntegrationSetup setup = new IntegrationSetup(store, Clients.standard(Clock.systemUTC()));
    String workspace = store.workspaces().defaultWorkspace().id();
    List<Integration> added = new ArrayList<>();
    for (int n = 0; n < INTEGRATIONS; n++) {
      IntegrationSetup.Request request =
          new IntegrationSetup.Request(
              "acme-" + n,
              hibob.baseUrl(),
              "SERVICE-1",
              "hibob-secret-token",
              remote.baseUrl(),
              "ra_test_" + n,
              INTERVAL,
              Map.of("USA", "le-usa"),
              100_000);
      added.add(setup.add(workspace, request, false).integration());
    }
    assertThat(added).doesNotContainNull();
    return added;
  }

  private SyncRun awaitRunningOn(String node, Instant startedAfter) {
    SyncRun[] found = new SyncRun[1];
    Eventually.await(
        "a run on " + node,
        Duration.ofSeconds(30),
        () -> {
          for (Integration i : store.integrations().listActive()) {
            for (SyncRun r : store.runs().recent(i.id(), 1)) {
              if (r.running() && node.equals(r.node()) && r.startedAt().isAfter(startedAfter)) {
                found[0] = r;
                return true;
              }
            }
          }
          return false;
        });
    return found[0];
  }

  private boolean closedAndRunAgain(SyncRun killed) {
    SyncRun closed = store.runs().byId(killed.id()).orElseThrow();
    if (closed.running()) {
      return false;
    }
    assertThat(closed.state()).isEqualTo("failed");
    assertThat(closed.error()).isEqualTo(DEAD_RUN);
    return store.runs().recent(killed.integrationId(), 50).stream()
        .anyMatch(
            r ->
                r.startedAt().isAfter(closed.finishedAt())
                    && r.node().equals("node-b")
                    && r.state().equals("succeeded"));
  }

  private List<SyncRun> runsOf(Integration i) {
    List<SyncRun> runs = new ArrayList<>(store.runs().recent(i.id(), 1000));
    runs.sort(Comparator.comparing(SyncRun::startedAt));
    return runs;
  }

  private static void neverTwoAtOnce(List<SyncRun> runs) {
    for (int k = 1; k < runs.size(); k++) {
      assertThat(runs.get(k).startedAt())
          .as("run %s starts after run %s ended", runs.get(k).id(), runs.get(k - 1).id())
          .isAfterOrEqualTo(runs.get(k - 1).finishedAt());
    }
  }

  /**
   * Never twice in an interval, and never an interval skipped: the next run starts an interval
   * after the previous one started, or right after it ended when it took longer, give or take
   * polling on a busy machine. A run records its start once it has read its credentials and
   * connected, which on a busy machine can be a good part of a second after the scheduler started
   * it, so the lower bound is half an interval: two runs in one interval would start together. The
   * run after one that died with its instance starts as soon as the death is noticed.
   */
  /**
   * Every sync (an employee run, then its time-off run) starts one interval after the previous one
   * started, or as soon as that one has finished when it took longer, never much later.
   */
  private static void oncePerInterval(List<SyncRun> all) {
    List<SyncRun> runs = all.stream().filter(r -> r.kind().equals("remote")).toList();
    assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
    for (int k = 1; k < runs.size(); k++) {
      SyncRun before = runs.get(k - 1);
      Instant start = runs.get(k).startedAt();
      Instant due = before.startedAt().plus(INTERVAL);
      Instant finished = syncFinished(all, before);
      Instant latest = (due.isAfter(finished) ? due : finished).plus(SLACK);
      if (!died(before)) {
        assertThat(start)
            .as("run %s", runs.get(k).id())
            .isAfterOrEqualTo(due.minus(INTERVAL.dividedBy(2)));
      }
      assertThat(start).as("run %s", runs.get(k).id()).isBeforeOrEqualTo(latest);
    }
  }

  /** When the sync that {@code people} began ended: its time-off run's finish, if it had one. */
  private static Instant syncFinished(List<SyncRun> all, SyncRun people) {
    int i = all.indexOf(people);
    boolean next = i + 1 < all.size() && all.get(i + 1).kind().equals("timeoff");
    return next ? all.get(i + 1).finishedAt() : people.finishedAt();
  }

  private static boolean died(SyncRun run) {
    return DEAD_RUN.equals(run.error());
  }

  private static String company(int n) {
    return "c-" + n;
  }
}
