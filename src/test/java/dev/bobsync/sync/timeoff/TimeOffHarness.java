package dev.bobsync.sync.timeoff;

import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.emulator.remote.RemoteCompany;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.emulator.remote.Timeoff;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.store.TimeOffRecord;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.time.SettableClock;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Both emulators in process on random ports, a store on H2 and bobsync wired as in production, all
 * on one settable clock (Sunday 2026-11-22, 09:00 UTC). HiBob has Ana (EOR, PRT), Gus (Global
 * Payroll, USA), Cleo (contractor), Nina (EOR, Remote employment still {@code created}), Sam (EOR,
 * Israel) and Bea (no "Sync to Remote" value); Remote already has a day off of Ana's on 2026-12-14,
 * entered by hand.
 */
final class TimeOffHarness implements AutoCloseable {
  static final String COMPANY = "c-acme";
  static final String ANA = "201";
  static final String GUS = "202";
  static final String CLEO = "203";
  static final String NINA = "204";
  static final String SAM = "205";
  static final String BEA = "206";

  final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));
  final HibobEmulator hibob;
  final RemoteEmulator remote;
  final Store store;
  final App app;
  final Integration acme;

  TimeOffHarness(Path dataDir) {
    hibob =
        HibobEmulator.start(
            HibobCompany.fromFixture(resource("sync/timeoff-hibob.json")), 0, clock);
    hibob.rateLimits(RateLimits.unlimited());
    remote =
        RemoteEmulator.start(RemoteFixture.read(resource("sync/timeoff-remote.json")), 0, clock);
    store = Store.open(TestDatabases.h2(dataDir, MasterKey.generate()), clock);
    Sleeper sleeper = clock::advance;
    Clients clients =
        new Clients(HttpClient.newHttpClient(), new RateLimiters(clock, sleeper), clock, sleeper);
    app = new App(store, clients, clock);
    acme =
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
  }

  /** A minute later, the employee sync and the time-off sync, as {@code bobsync sync} runs them. */
  IntegrationSync.Report sync() {
    clock.advance(Duration.ofMinutes(1));
    return app.integrationSync().run(fresh(), SyncOptions.of("test"));
  }

  /** A minute later, the time-off sync alone. */
  TimeOffReport syncTimeOff() {
    clock.advance(Duration.ofMinutes(1));
    return syncTimeOffNow();
  }

  /** The time-off sync alone, without moving the clock. */
  TimeOffReport syncTimeOffNow() {
    return app.integrationSync()
        .run(fresh(), SyncOptions.of("test"), EnumSet.of(IntegrationSync.Part.TIMEOFF))
        .timeOff();
  }

  Integration fresh() {
    return store.integrations().byId(acme.id()).orElseThrow();
  }

  /** Files a request in HiBob now and returns its id. */
  String request(String employee, String policy, String status, LocalDate start, LocalDate end) {
    return request(employee, policy, status, start, "all_day", end, "all_day", null);
  }

  String request(
      String employee,
      String policy,
      String status,
      LocalDate start,
      String startPortion,
      LocalDate end,
      String endPortion,
      Double hours) {
    return String.valueOf(
        hibob
            .company()
            .addTimeOffRequest(
                new TimeOffDraft(
                    employee, policy, status, start, startPortion, end, endPortion, hours)));
  }

  TimeOffRecord record(String requestId) {
    return store.timeOff().find(acme.id(), requestId).orElseThrow();
  }

  RemoteCompany acme() {
    return remote.company(COMPANY);
  }

  /** Remote's time off booked for a HiBob request, cancelled ones included. */
  List<Timeoff> remoteTimeOff(String requestId) {
    return acme().timeoffs().stream()
        .filter(
            t ->
                t.notes() != null
                    && t.notes().startsWith("HiBob time-off request " + requestId + " "))
        .toList();
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Path resource(String name) {
    try {
      return Path.of(TimeOffHarness.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    store.close();
    hibob.close();
    remote.close();
  }
}
