package dev.bobsync.sync;

import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.contract.Contract;
import dev.bobsync.contract.ContractProxy;
import dev.bobsync.contract.Violation;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.RemoteCompany;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.time.MovingClock;
import dev.bobsync.time.SettableClock;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Both emulators, in process on random ports, a store on H2 and bobsync wired as in production, all
 * on one settable clock; waiting moves the clock instead of sleeping.
 */
public final class SyncHarness implements AutoCloseable {
  public static final String COMPANY = "c-acme";

  /** The harness's "now": 2026-11-22T09:00Z, standing still or moving in real time from there. */
  public static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

  public final Clock clock;
  private final Consumer<Duration> advance;
  public final HibobEmulator hibob;
  public final RemoteEmulator remote;

  /**
   * Stands between bobsync and the Remote emulator: every request the Remote client sends is
   * checked against bobsync's Remote contract, and {@link #close()} fails the test on any that
   * breaks it.
   */
  public final ContractProxy remoteContract;

  public final Store store;
  public final App app;

  public SyncHarness(Path dataDir) {
    this(dataDir, HibobCompany.fromFixture(resource("sync/hibob.json")));
  }

  public SyncHarness(Path dataDir, HibobCompany company) {
    this(dataDir, company, new SettableClock(START));
  }

  /**
   * A harness whose clock moves in real time from {@link #START}, for tests that run the scheduler
   * (which waits on its clock between polls).
   */
  public static SyncHarness realTime(Path dataDir) {
    return new SyncHarness(
        dataDir, HibobCompany.fromFixture(resource("sync/hibob.json")), new MovingClock(START));
  }

  private SyncHarness(Path dataDir, HibobCompany company, Clock clock) {
    this.clock = clock;
    this.advance =
        clock instanceof SettableClock settable
            ? settable::advance
            : ((MovingClock) clock)::advance;
    hibob = HibobEmulator.start(company, 0, clock);
    hibob.rateLimits(RateLimits.unlimited());
    remote = RemoteEmulator.start(RemoteFixture.read(resource("sync/remote.json")), 0, clock);
    remoteContract = ContractProxy.start(Contract.load("contracts/remote.json"), remote.baseUrl());
    store = Store.open(TestDatabases.h2(dataDir, MasterKey.generate()), clock);
    Sleeper sleeper = advance::accept;
    Clients clients =
        new Clients(HttpClient.newHttpClient(), new RateLimiters(clock, sleeper), clock, sleeper);
    app = new App(store, clients, clock);
  }

  /** Moves the clock on (and, with a moving clock, jumps ahead). */
  public void advance(Duration d) {
    advance.accept(d);
  }

  public IntegrationSetup.Added add(String name, String user, String token) {
    return new IntegrationSetup(store, app.clients())
        .add(
            store.workspaces().defaultWorkspace().id(),
            new IntegrationSetup.Request(
                name,
                hibob.baseUrl(),
                user,
                token,
                remoteUrl(),
                "ra_test_acme",
                Duration.ofMinutes(60),
                Map.of("USA", "le-usa"),
                100_000),
            false);
  }

  /** Where bobsync reaches Remote: the emulator, through the contract-checking proxy. */
  public String remoteUrl() {
    return remoteContract.url();
  }

  public Integration addAcme() {
    return add("acme", "SERVICE-1", "hibob-secret-token").integration();
  }

  public SyncReport sync(Integration integration) {
    Integration fresh = store.integrations().byId(integration.id()).orElseThrow();
    return app.remoteSync().run(fresh, SyncOptions.of("test"));
  }

  public PersonRecord person(Integration integration, String hibobId) {
    return store.people().find(integration.id(), hibobId).orElseThrow();
  }

  public RemoteCompany acme() {
    return remote.company(COMPANY);
  }

  List<Employment> employmentsWithEmail(String email) {
    return acme().employments().stream()
        .filter(
            e -> email.equalsIgnoreCase(e.personalEmail()) || email.equalsIgnoreCase(e.workEmail()))
        .toList();
  }

  public static Path resource(String name) {
    try {
      return Path.of(SyncHarness.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    List<Violation> broken = List.copyOf(remoteContract.requestViolations());
    remoteContract.close();
    store.close();
    hibob.close();
    remote.close();
    if (!broken.isEmpty()) {
      StringBuilder message = new StringBuilder("requests that break the Remote contract:");
      broken.forEach(v -> message.append("\n  ").append(v));
      throw new AssertionError(message.toString());
    }
  }
}
