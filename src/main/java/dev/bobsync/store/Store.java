package dev.bobsync.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import dev.bobsync.store.internal.CredentialCipher;
import dev.bobsync.store.internal.Db;
import dev.bobsync.store.internal.OwnerOnly;
import dev.bobsync.store.internal.SecretMasker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bobsync's database: workspaces, integrations with encrypted credentials, per-person sync state,
 * sync runs and the audit log. Opening it applies any pending schema migrations.
 */
public final class Store implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  private final Db db;
  private final Workspaces workspaces;
  private final Integrations integrations;
  private final People people;
  private final Runs runs;
  private final PendingChanges pendingChanges;
  private final Audit audit;
  private final SecretFingerprints fingerprints;
  private final Users users;
  private final WebSessions webSessions;
  private final ApiTokens apiTokens;
  private final TimeOffLedger timeOff;
  private final AccessLog accessLog;
  private final OidcLogins oidcLogins;
  private final FormSchemaCache formSchemas;
  private final AlertStore alerts;
  private final WrittenStatuses writtenStatuses;
  private final RemoteCallbacks remoteCallbacks;

  private Store(Db db, Clock clock, MasterKey masterKey) {
    ObjectMapper json = Json.newMapper();
    SecretMasker masker = new SecretMasker(json);
    this.db = db;
    this.workspaces = new Workspaces(db, clock);
    CredentialCipher cipher = new CredentialCipher(masterKey.bytes(), json);
    this.integrations = new Integrations(db, clock, cipher, masker);
    this.alerts = new AlertStore(db, clock, cipher);
    this.writtenStatuses = new WrittenStatuses(db, clock);
    this.remoteCallbacks = new RemoteCallbacks(db, clock, cipher);
    this.people = new People(db, clock);
    this.runs = new Runs(db, clock);
    this.pendingChanges = new PendingChanges(db, clock);
    this.audit = new Audit(db, clock, json, masker);
    this.fingerprints = new SecretFingerprints(masterKey);
    this.users = new Users(db, clock);
    this.webSessions = new WebSessions(db, clock);
    this.apiTokens = new ApiTokens(db, clock);
    this.timeOff = new TimeOffLedger(db, clock);
    this.accessLog = new AccessLog(db, clock);
    this.oidcLogins = new OidcLogins(db, clock);
    this.formSchemas = new FormSchemaCache(db, clock);
  }

  private static void protectH2Files(StoreConfig config) {
    config
        .h2Directory()
        .ifPresent(
            dir -> {
              try {
                OwnerOnly.files(dir, StoreConfig.H2_NAME + ".");
              } catch (IOException e) {
                LOG.warn("Cannot make the database files in {} private: {}", dir, e.toString());
              }
            });
  }

  /**
   * Connects, migrates the schema and returns the store; every timestamp comes from {@code clock}.
   */
  public static Store open(StoreConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    if (config.postgres() && config.masterKey().file().isPresent()) {
      LOG.warn(
          "Credentials are encrypted with the key in {}; every instance sharing this database"
              + " needs the same key: set {} on all of them",
          config.masterKey().file().get(),
          MasterKey.ENV);
    }
    Db db =
        Db.open(
            config.jdbcUrl(),
            config.user(),
            config.password(),
            StoreConfig.maskUrl(config.jdbcUrl()));
    protectH2Files(config);
    // Both databases keep microseconds; a clock ticking in microseconds makes what a repository
    // returns equal to what it reads back later.
    Clock micros = Clock.tick(clock, Duration.ofNanos(1_000));
    try {
      return new Store(db, micros, config.masterKey());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The workspaces (tenants). */
  public Workspaces workspaces() {
    return workspaces;
  }

  /** Remote's webhook callback of each integration, with its signing key encrypted. */
  public RemoteCallbacks remoteCallbacks() {
    return remoteCallbacks;
  }

  /** The integrations and their credentials. */
  public Integrations integrations() {
    return integrations;
  }

  /** The per-person sync state. */
  public People people() {
    return people;
  }

  /** The sync runs. */
  public Runs runs() {
    return runs;
  }

  /** The people HiBob reported changed (webhooks) whom no sync has covered yet. */
  public PendingChanges pendingChanges() {
    return pendingChanges;
  }

  /** The audit log of writes to Remote and HiBob. */
  public Audit audit() {
    return audit;
  }

  /** The people who log in to the admin page. */
  public Users users() {
    return users;
  }

  /** Logged-in browsers, shared by every instance. */
  public WebSessions webSessions() {
    return webSessions;
  }

  /** REST API tokens. */
  public ApiTokens apiTokens() {
    return apiTokens;
  }

  /** Keyed digests of secrets, for telling whether an SSN changed without keeping it. */
  public SecretFingerprints fingerprints() {
    return fingerprints;
  }

  /** The time-off sync's watermarks and per-request bookings. */
  public TimeOffLedger timeOff() {
    return timeOff;
  }

  /** Remote's country form schemas as last fetched. */
  /** Alert settings, what alerts reported, and the daily digest's held alerts. */
  public AlertStore alerts() {
    return alerts;
  }

  /** The "Remote status" texts written to HiBob. */
  public WrittenStatuses writtenStatuses() {
    return writtenStatuses;
  }

  public FormSchemaCache formSchemas() {
    return formSchemas;
  }

  /** Who did what from where: token uses, refusals, sign-ins, role changes. */
  public AccessLog accessLog() {
    return accessLog;
  }

  public OidcLogins oidcLogins() {
    return oidcLogins;
  }

  /** The connection pool, for components that keep their own tables (such as a scheduler). */
  public DataSource dataSource() {
    return db.dataSource();
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    db.close();
  }
}
