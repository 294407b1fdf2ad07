package dev.bobsync.bench;

import dev.bobsync.BobsyncException;
import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.demo.DemoRemoteCompany;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.emulator.remote.RemoteCompany;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.RemoteSettings;
import dev.bobsync.sync.SyncOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One benchmark company: both emulators in this process on free ports, a Remote company matching
 * the HiBob one (managers, departments, legal entities, nobody employed yet), a fresh H2 store and
 * bobsync wired as in production with one integration, all on one {@link BenchClock}.
 */
final class BenchWorld implements AutoCloseable {
  /** Thread names of the HTTP client bobsync's calls go through. */
  private static final String HTTP_THREADS = "bobsync-http-";

  final BenchClock clock;
  final Profile profile;
  final HibobEmulator hibob;
  final RemoteEmulator remote;
  final Store store;
  final App app;
  final Integration integration;
  final List<String> selected;
  final Path dataDir;
  private final Set<String> httpSelectors;
  private final Builder parts;

  private BenchWorld(Builder b) {
    this.parts = b;
    this.clock = b.clock;
    this.profile = b.profile;
    this.hibob = b.hibob;
    this.remote = b.remote;
    this.store = b.store;
    this.app = b.app;
    this.integration = b.integration;
    this.selected = List.copyOf(b.selected);
    this.dataDir = b.dataDir;
    this.httpSelectors = b.httpSelectors;
  }

  /**
   * Starts everything for {@code company} under {@code profile}; the store lives in {@code dir}.
   */
  static BenchWorld start(HibobCompany company, Profile profile, Path dir) {
    Builder b = new Builder();
    b.profile = profile;
    b.dataDir = dir;
    b.clock = profile.virtualClock() ? BenchClock.virtual() : BenchClock.real();
    try {
      b.build(company);
      return new BenchWorld(b);
    } catch (RuntimeException e) {
      b.close();
      throw e;
    }
  }

  /** Runs one full sync of the integration as the scheduler does: people, then time off. */
  IntegrationSync.Report sync() {
    Integration fresh = store.integrations().byId(integration.id()).orElseThrow();
    return app.integrationSync().run(fresh, SyncOptions.of("bench"));
  }

  /** The Remote company bobsync syncs into. */
  RemoteCompany remoteCompany() {
    return remote.company(DemoRemoteCompany.ID);
  }

  /** A HiBob client for the benchmark's own reads and edits, outside bobsync's budget. */
  HibobClient setupHibob() {
    return parts.setupHibob();
  }

  /**
   * Lets an hour pass on the virtual clock (the next scheduled run; every rate-limit window has
   * ended) and clears the emulators' counts.
   */
  void nextRun() {
    if (clock.isVirtual()) {
      clock.skip(Duration.ofHours(1));
    }
    hibob.resetStats();
    remote.resetRequestCounts();
  }

  /**
   * Names the threads whose CPU counts as the sync's: bobsync's HTTP client and the store's (its
   * connection pool, H2's writer and serialization threads).
   */
  Predicate<String> helperThreads() {
    return name ->
        name.startsWith(HTTP_THREADS)
            || httpSelectors.contains(name)
            || name.startsWith("bobsync-store")
            || name.startsWith("MVStore")
            || name.startsWith("H2");
  }

  /** Bytes the H2 database takes on disk. */
  long databaseBytes() {
    try (var files = Files.list(dataDir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("bobsync."))
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    parts.close();
  }

  /** What is started, in order, so a failure halfway stops what already runs. */
  private static final class Builder {
    Profile profile;
    Path dataDir;
    BenchClock clock;
    HibobEmulator hibob;
    RemoteEmulator remote;
    Store store;
    App app;
    Integration integration;
    List<String> selected;
    ExecutorService httpThreads;
    Set<String> httpSelectors;

    void build(HibobCompany company) {
      LocalDate today = LocalDate.now(clock);
      hibob = HibobEmulator.start(company, 0, clock);
      hibob.rateLimits(profile.hibobLimits());
      Set<String> threadsBefore = threadNames();
      AtomicInteger n = new AtomicInteger();
      httpThreads =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, HTTP_THREADS + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      HttpClient http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NEVER)
              .executor(httpThreads)
              .build();
      httpSelectors =
          threadNames().stream()
              .filter(t -> !threadsBefore.contains(t) && t.startsWith("HttpClient-"))
              .collect(Collectors.toSet());
      Clients clients =
          new Clients(http, new RateLimiters(clock, clock.sleeper()), clock, clock.sleeper());
      store = Store.open(StoreConfig.h2(dataDir, MasterKey.generate()), clock);
      app = new App(store, clients, clock);
      ServiceUser user = hibob.serviceUser();
      DemoRemoteCompany matching = new DemoRemoteCompany(Json.newMapper(), false);
      String fixture = matching.fixture(setupHibob(), profile.remotePerMinute(), today);
      remote = RemoteEmulator.start(RemoteFixture.parse(fixture), 0, clock);
      selected = matching.selected();
      IntegrationSetup.Added added =
          new IntegrationSetup(store, clients)
              .add(
                  store.workspaces().defaultWorkspace().id(),
                  new IntegrationSetup.Request(
                      "bench",
                      hibob.baseUrl(),
                      user.id(),
                      user.token(),
                      remote.baseUrl(),
                      DemoRemoteCompany.TOKEN,
                      Duration.ofMinutes(60),
                      Map.of(),
                      profile.remotePerMinute()),
                  false);
      if (!added.saved()) {
        throw new BobsyncException(
            "the benchmark's integration could not be connected: " + added.report().outcome());
      }
      integration = withBudgets(added.integration());
    }

    /** Keeps bobsync to the profile's limits on both APIs (HiBob's is 50 a minute otherwise). */
    private Integration withBudgets(Integration added) {
      SettingsDocument doc = new SettingsDocument(Json.newMapper());
      RemoteSettings settings =
          doc.section(
                  added.settingsJson(),
                  RemoteSettings.SECTION,
                  RemoteSettings.class,
                  RemoteSettings.defaults())
              .withRateLimits(profile.remotePerMinute(), profile.hibobPerMinute());
      store
          .integrations()
          .updateSettings(
              added.id(), doc.withSection(added.settingsJson(), RemoteSettings.SECTION, settings));
      return store.integrations().byId(added.id()).orElseThrow();
    }

    HibobClient setupHibob() {
      ServiceUser user = hibob.serviceUser();
      return app.clients()
          .hibob("bench-setup", "bench", hibob.baseUrl(), user.id(), user.token(), 1_000_000);
    }

    private static Set<String> threadNames() {
      return Thread.getAllStackTraces().keySet().stream()
          .map(Thread::getName)
          .collect(Collectors.toSet());
    }

    void close() {
      if (app != null) {
        app.close();
      } else if (store != null) {
        store.close();
      }
      if (hibob != null) {
        hibob.close();
      }
      if (remote != null) {
        remote.close();
      }
      if (httpThreads != null) {
        httpThreads.shutdownNow();
      }
    }
  }
}
