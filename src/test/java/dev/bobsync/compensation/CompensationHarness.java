package dev.bobsync.compensation;

import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.time.SettableClock;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The HiBob emulator in process on a random port, a store on H2 and bobsync wired as in production,
 * all on one settable clock (22 November 2026); waiting moves the clock instead of sleeping.
 */
final class CompensationHarness implements AutoCloseable {
  /** A fixed master key, so that pseudonyms are the same in every run. */
  static final MasterKey KEY =
      MasterKey.fromBase64("Ym9ic3luYy1jb21wZW5zYXRpb24tdGVzdC1rZXktMzI=", "test key");

  final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));
  final HibobEmulator hibob;
  final Store store;
  final App app;

  CompensationHarness(Path dataDir) {
    this(dataDir, HibobCompany.fromFixture(resource("compensation/hibob.json")));
  }

  CompensationHarness(Path dataDir, HibobCompany company) {
    hibob = HibobEmulator.start(company, 0, clock);
    hibob.rateLimits(RateLimits.unlimited());
    store = Store.open(TestDatabases.h2(dataDir, KEY), clock);
    Sleeper sleeper = clock::advance;
    Clients clients =
        new Clients(HttpClient.newHttpClient(), new RateLimiters(clock, sleeper), clock, sleeper);
    app = new App(store, clients, clock);
  }

  CompensationSetup.Connected connect(
      String name, String user, String token, CompensationProfile profile) {
    return new CompensationSetup(store, app.clients(), clock)
        .connect(
            store.workspaces().defaultWorkspace().id(),
            new CompensationSetup.Request(name, hibob.baseUrl(), user, token),
            profile,
            false);
  }

  /** A compensation-only integration of the full service user with {@code profile}. */
  Integration globex(CompensationProfile profile) {
    return Objects.requireNonNull(
        connect("globex", "SERVICE-1", "full-token", profile).integration());
  }

  Integration fresh(Integration integration) {
    return store.integrations().byId(integration.id()).orElseThrow();
  }

  Dataset dataset(Integration integration, boolean anonymous) {
    return app.compensation()
        .dataset(fresh(integration), anonymous, CompensationReader.History.ALL, null);
  }

  byte[] export(Integration integration, Format format, boolean anonymous) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult result = app.compensation().write(fresh(integration), format, out, anonymous);
    if (!result.written()) {
      throw new AssertionError("not written: " + result.report());
    }
    return out.toByteArray();
  }

  static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(CompensationHarness.class.getClassLoader().getResource(name))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    store.close();
    hibob.close();
  }
}
