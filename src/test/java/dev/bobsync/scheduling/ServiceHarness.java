package dev.bobsync.scheduling;

import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.time.MovingClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * bobsync as a service would run it, in process: both emulators, a store on H2, the scheduler with
 * the real sync, and the webhook endpoint, all on one clock that runs in real time.
 */
final class ServiceHarness implements AutoCloseable {
  static final String COMPANY = "c-acme";

  final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T09:00:00Z"));
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  final HibobEmulator hibob;
  final RemoteEmulator remote;
  final Store store;
  final App app;
  final SyncScheduler scheduler;
  final HibobWebhooks webhooks;
  final WebhookEndpoint endpoint;

  ServiceHarness(Path dataDir) {
    hibob = HibobEmulator.start(HibobCompany.fromFixture(resource("sync/hibob.json")), 0, clock);
    hibob.rateLimits(RateLimits.unlimited());
    remote = RemoteEmulator.start(RemoteFixture.read(resource("sync/remote.json")), 0, clock);
    store = Store.open(TestDatabases.h2(dataDir, MasterKey.generate()), clock);
    Clients clients =
        new Clients(
            HttpClient.newHttpClient(),
            new RateLimiters(clock, Sleeper.SYSTEM),
            clock,
            Sleeper.SYSTEM);
    app = new App(store, clients, clock);
    scheduler =
        SyncScheduler.builder(store, app.syncRunner())
            .node("node-1")
            .clock(clock)
            .meterRegistry(metrics)
            .pollingInterval(Duration.ofMillis(100))
            .webhooks(Duration.ofMillis(500), Duration.ofSeconds(1), 5)
            .build();
    webhooks = new HibobWebhooks(store, scheduler, clock, Duration.ofMinutes(10));
    endpoint = new WebhookEndpoint(webhooks);
  }

  Integration addAcme() {
    return new IntegrationSetup(store, app.clients())
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
  }

  Employment employment(String remoteId) {
    return remote.company(COMPANY).employment(remoteId).orElseThrow();
  }

  static Path resource(String name) {
    try {
      return Path.of(ServiceHarness.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    scheduler.stop();
    endpoint.close();
    store.close();
    hibob.close();
    remote.close();
  }
}
