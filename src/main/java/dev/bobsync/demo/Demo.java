package dev.bobsync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.app.App;
import dev.bobsync.app.Service;
import dev.bobsync.connect.Clients;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.sync.timeoff.TimeOffReport;
import dev.bobsync.web.auth.Passwords;
import dev.bobsync.web.auth.Tokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything on one machine: a HiBob emulator with a generated company, a Remote emulator with a
 * matching company, the service on a fresh H2 database, an admin login, and an integration already
 * connected and synced once.
 */
public final class Demo implements AutoCloseable {
  /** How the demo runs. */
  /** {@code hibobPort} and {@code remotePort}: the emulators' ports, 0 for any free one. */
  public record Options(
      int employees,
      long seed,
      int port,
      Path dataDir,
      int remotePerMinute,
      int hibobPort,
      int remotePort) {

    /** The emulators on any free ports. */
    public Options(int employees, long seed, int port, Path dataDir, int remotePerMinute) {
      this(employees, seed, port, dataDir, remotePerMinute, 0, 0);
    }
  }

  /** What a person needs to use the demo. */
  public record Started(
      String url,
      String email,
      String password,
      SyncReport firstSync,
      TimeOffReport firstTimeOff,
      Path dataDir) {}

  private final HibobEmulator hibob;
  private final RemoteEmulator remote;
  private final App app;
  private final Service service;
  private final Started started;

  private Demo(
      HibobEmulator hibob, RemoteEmulator remote, App app, Service service, Started started) {
    this.hibob = hibob;
    this.remote = remote;
    this.app = app;
    this.service = service;
    this.started = started;
  }

  public static Demo start(Options options, Clock clock, SyncOptions.Progress progress) {
    ObjectMapper json = Json.newMapper();
    LocalDate today = LocalDate.now(clock);
    HibobEmulator hibob =
        HibobEmulator.start(
            HibobCompany.generate(options.employees(), options.seed(), today),
            options.hibobPort(),
            clock);
    ServiceUser user = hibob.serviceUser();
    Clients clients = Clients.standard(clock);
    HibobClient reader =
        clients.hibob("demo-setup", "demo", hibob.baseUrl(), user.id(), user.token(), 50);
    DemoRemoteCompany company = new DemoRemoteCompany(json, true);
    RemoteEmulator remote =
        RemoteEmulator.start(
            RemoteFixture.parse(company.fixture(reader, options.remotePerMinute(), today)),
            options.remotePort(),
            clock);
    DemoTimeOff timeOff = new DemoTimeOff();
    timeOff.file(hibob.company(), company.activeInRemote(), today);
    Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), options.dataDir()), clock);
    App app = new App(store, clients, clock);
    String email = "admin@demo.example";
    String password = Tokens.random("").substring(0, 16);
    store
        .users()
        .create(
            store.workspaces().defaultWorkspace().id(),
            email,
            "Demo admin",
            new Passwords(10).hash(password));
    IntegrationSetup.Added added =
        new IntegrationSetup(store, clients)
            .add(
                store.workspaces().defaultWorkspace().id(),
                new IntegrationSetup.Request(
                    "Demo company",
                    hibob.baseUrl(),
                    user.id(),
                    user.token(),
                    remote.baseUrl(),
                    DemoRemoteCompany.TOKEN,
                    Duration.ofMinutes(60),
                    // None typed: one Global Payroll legal entity per country is found in Remote.
                    Map.of(),
                    options.remotePerMinute()),
                false);
    Integration integration = added.integration();
    // a full first sync, as "Sync now" runs it: the employees, then their time off
    IntegrationSync.Report first =
        app.integrationSync().run(integration, SyncOptions.of("demo").withProgress(progress));
    cancelOneBooking(hibob, store, integration, app, timeOff);
    Service service =
        Service.start(app, Service.Options.defaults(options.port()).withBcryptCost(10));
    return new Demo(
        hibob,
        remote,
        app,
        service,
        new Started(
            service.url(), email, password, first.people(), first.timeOff(), options.dataDir()));
  }

  /**
   * Someone cancels a booked request in HiBob and time off syncs again, so that the demo's Time off
   * tab shows a cancellation beside the bookings.
   */
  private static void cancelOneBooking(
      HibobEmulator hibob, Store store, Integration integration, App app, DemoTimeOff timeOff) {
    timeOff
        .toCancel()
        .filter(
            id ->
                store
                    .timeOff()
                    .find(integration.id(), String.valueOf(id))
                    .filter(r -> "booked".equals(r.status()))
                    .isPresent())
        .ifPresent(
            id -> {
              hibob.company().setTimeOffStatus(id, "canceled");
              app.timeOffSync().run(integration, SyncOptions.of("demo"));
            });
  }

  public Started started() {
    return started;
  }

  /** The demo's service side: store and clients (for checks such as {@code probe}). */
  public App app() {
    return app;
  }

  public String hibobUrl() {
    return hibob.baseUrl();
  }

  public String remoteUrl() {
    return remote.baseUrl();
  }

  @Override
  public void close() {
    service.close();
    app.close();
    hibob.close();
    remote.close();
  }
}
