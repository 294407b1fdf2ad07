package dev.bobsync.crash;

import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.demo.DemoRemoteCompany;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.emulator.remote.RemoteCompany;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.emulator.remote.Timeoff;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.store.TimeOffRecord;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.RemoteSettings;
import dev.bobsync.sync.SyncOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Both emulators in this JVM (Remote slowed down, so a run can be killed in the middle), a store on
 * H2 or PostgreSQL and one integration; {@code bobsync sync} runs in child JVMs against them. The
 * parent holds no connection to an H2 store while a child runs, so the child owns its file.
 */
final class CrashWorld implements AutoCloseable {
  enum Part {
    PEOPLE("people"),
    TIMEOFF("timeoff");

    final String option;

    Part(String option) {
      this.option = option;
    }
  }

  enum Database {
    H2,
    POSTGRES
  }

  static final String NAME = "crash";
  static final String[] BOOKABLE = {"201", "202", "205"}; // Ana, Gus, Sam: active in Remote

  final Part part;
  final Path dir;
  final Clock clock = Clock.systemUTC();
  final HibobEmulator hibob;
  final RemoteEmulator remote;
  final String companyId;
  final StoreConfig config;
  final Map<String, String> env = new HashMap<>();
  final List<String> requests = new ArrayList<>();
  private final TestDatabases.PostgresSchema schema;
  private final String integrationId;
  private final Map<String, LocalDate> nextDay = new HashMap<>();
  private int launches;

  CrashWorld(Part part, Database database, Path dir, long seed) {
    this.part = part;
    this.dir = dir;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String keyText = Base64.getEncoder().encodeToString(key);
    env.put(MasterKey.ENV, keyText);
    MasterKey masterKey = MasterKey.fromBase64(keyText, "test");
    if (database == Database.POSTGRES) {
      schema = TestDatabases.postgresSchema();
      config = schema.config(masterKey);
      env.put(StoreConfig.DB_URL, schema.jdbcUrl());
      env.put(StoreConfig.DB_USER, Optional.ofNullable(config.user()).orElse(""));
      env.put(StoreConfig.DB_PASSWORD, Optional.ofNullable(config.password()).orElse(""));
    } else {
      schema = null;
      config = StoreConfig.h2(dir.resolve("data"), masterKey);
    }
    LocalDate today = LocalDate.now(clock);
    Clients clients = Clients.standard(clock);
    Store store = Store.open(config, clock);
    try (App app = new App(store, clients, clock)) {
      String workspace = store.workspaces().defaultWorkspace().id();
      IntegrationSetup.Request request;
      if (part == Part.PEOPLE) {
        hibob = HibobEmulator.start(HibobCompany.generateNewHires(320, seed, today), 0, clock);
        hibob.rateLimits(RateLimits.unlimited());
        ServiceUser user = hibob.serviceUser();
        DemoRemoteCompany matching = new DemoRemoteCompany(Json.newMapper(), false);
        String fixture =
            matching.fixture(
                clients.hibob(
                    "crash-setup", NAME, hibob.baseUrl(), user.id(), user.token(), 1 << 20),
                100_000,
                today);
        remote = RemoteEmulator.start(RemoteFixture.parse(fixture), 0, clock);
        companyId = DemoRemoteCompany.ID;
        request =
            new IntegrationSetup.Request(
                NAME,
                hibob.baseUrl(),
                user.id(),
                user.token(),
                remote.baseUrl(),
                DemoRemoteCompany.TOKEN,
                Duration.ofMinutes(60),
                matching.legalEntities(),
                100_000);
      } else {
        hibob =
            HibobEmulator.start(
                HibobCompany.fromFixture(resource("sync/timeoff-hibob.json")), 0, clock);
        hibob.rateLimits(RateLimits.unlimited());
        remote =
            RemoteEmulator.start(
                RemoteFixture.read(resource("sync/timeoff-remote.json")), 0, clock);
        companyId = "c-acme";
        request =
            new IntegrationSetup.Request(
                NAME,
                hibob.baseUrl(),
                "SERVICE-1",
                "hibob-secret-token",
                remote.baseUrl(),
                "ra_test_acme",
                Duration.ofMinutes(60),
                Map.of("USA", "le-usa"),
                100_000);
      }
      Integration added =
          new IntegrationSetup(store, clients).add(workspace, request, false).integration();
      SettingsDocument doc = new SettingsDocument(Json.newMapper());
      RemoteSettings settings =
          doc.section(
                  added.settingsJson(),
                  RemoteSettings.SECTION,
                  RemoteSettings.class,
                  RemoteSettings.defaults())
              .withRateLimits(100_000, 100_000);
      store
          .integrations()
          .updateSettings(
              added.id(), doc.withSection(added.settingsJson(), RemoteSettings.SECTION, settings));
      integrationId = added.id();
      if (part == Part.TIMEOFF) {
        // the people are linked first; the time-off runs are the ones killed
        Integration fresh = store.integrations().byId(integrationId).orElseThrow();
        app.integrationSync()
            .run(fresh, SyncOptions.of("test"), EnumSet.of(IntegrationSync.Part.PEOPLE));
      }
    }
    LocalDate monday = today.plusDays(7 - today.getDayOfWeek().getValue() + 1);
    for (String person : BOOKABLE) {
      nextDay.put(person, monday);
    }
  }

  /** Slows every Remote call down, so kills land between and inside calls. */
  void slowRemote(long latencyMs) {
    remote.faults().set(new Faults.Settings(latencyMs, 0, 503, 0, 0, 0));
  }

  void fastRemote() {
    remote.faults().set(Faults.Settings.NONE);
  }

  /** Files one approved request per bookable person, full day or half day, on days of their own. */
  void fileRequests(Random random) {
    if (part != Part.TIMEOFF) {
      return;
    }
    for (String person : BOOKABLE) {
      LocalDate day = nextDay.get(person);
      // Monday to Thursday, a work day in every country of the fixture (Israel's week ends
      // Friday), and none already taken in Remote (the fixture's day off entered by hand)
      while (day.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue() || taken(day)) {
        day = day.plusDays(1);
      }
      nextDay.put(person, day.plusDays(1));
      boolean half = random.nextBoolean();
      long id =
          hibob
              .company()
              .addTimeOffRequest(
                  new TimeOffDraft(
                      person,
                      "Holiday",
                      "approved",
                      day,
                      half ? "morning" : "all_day",
                      day,
                      "all_day",
                      null));
      requests.add(String.valueOf(id));
    }
  }

  private boolean taken(LocalDate day) {
    return company().timeoffs().stream()
        .filter(t -> t.notes() == null || !t.notes().startsWith("HiBob time-off request "))
        .anyMatch(t -> !day.isBefore(t.startDate()) && !day.isAfter(t.endDate()));
  }

  /** Remote's writes so far: creates, updates, bookings, cancellations. */
  long writes() {
    return remote.requests(companyId).writes();
  }

  SyncProcess launch() {
    List<String> args = new ArrayList<>(List.of("sync", NAME, "--only", part.option));
    if (schema == null) {
      args.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    }
    return SyncProcess.start(args, env, dir.resolve("sync-" + (launches++ % 3) + ".log"));
  }

  RemoteCompany company() {
    return remote.company(companyId);
  }

  /** Requests with more than one live Remote booking. */
  int doubleBookings() {
    Map<String, Long> live = liveBookingsByRequest();
    return (int) live.values().stream().filter(n -> n > 1).count();
  }

  /** Requests with no live Remote booking. */
  int unbooked() {
    Map<String, Long> live = liveBookingsByRequest();
    return (int) requests.stream().filter(r -> live.getOrDefault(r, 0L) == 0).count();
  }

  private Map<String, Long> liveBookingsByRequest() {
    return company().timeoffs().stream()
        .filter(t -> !"cancelled".equals(t.status()))
        .filter(t -> t.notes() != null && t.notes().startsWith("HiBob time-off request "))
        .collect(Collectors.groupingBy(CrashWorld::requestId, Collectors.counting()));
  }

  static String requestId(Timeoff t) {
    return t.notes().substring("HiBob time-off request ".length()).split(" ", 2)[0];
  }

  /** E-mails that more than one Remote employment carries. */
  int duplicateEmployments() {
    Map<String, Long> byEmail =
        company().employments().stream()
            .flatMap(e -> e.emails().distinct())
            .collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    return (int) byEmail.values().stream().filter(n -> n > 1).count();
  }

  /** What the store holds, read with a connection of the parent's own (no child running). */
  Stored stored() {
    try (Store store = Store.open(config, clock)) {
      return new Stored(
          store.people().all(integrationId), store.timeOff().find(integrationId, requests));
    }
  }

  record Stored(List<PersonRecord> people, List<TimeOffRecord> timeOff) {}

  static Path resource(String name) {
    try {
      return Path.of(CrashWorld.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    hibob.close();
    remote.close();
    if (schema != null) {
      schema.close();
    }
  }
}
