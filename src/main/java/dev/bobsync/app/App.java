package dev.bobsync.app;

import dev.bobsync.alerts.Alerts;
import dev.bobsync.alerts.AlertsConfig;
import dev.bobsync.compensation.CompensationExport;
import dev.bobsync.connect.Clients;
import dev.bobsync.http.Sleeper;
import dev.bobsync.scheduling.IntegrationRunner;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.RemoteEventsSetup;
import dev.bobsync.sync.RemoteSync;
import dev.bobsync.sync.status.RemoteStatusWriter;
import dev.bobsync.sync.timeoff.TimeOffSync;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Wires bobsync's parts together in one place, for the CLI, the service and tests. */
public final class App implements AutoCloseable {
  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final RemoteSync remoteSync;
  private final CompensationExport compensation;
  private final TimeOffSync timeOffSync;
  private final IntegrationSync integrationSync;
  private final Alerts alerts;
  private final RemoteStatusWriter remoteStatus;
  private final Optional<URI> publicUrl;

  public App(Store store, Clients clients, Clock clock) {
    this(store, clients, clock, AlertsConfig.defaults(), Optional.empty());
  }

  /** An app whose alerts use the operator's service-wide settings; Remote events off. */
  public App(Store store, Clients clients, Clock clock, AlertsConfig alertsConfig) {
    this(store, clients, clock, alertsConfig, Optional.empty());
  }

  /** An app with Remote events at {@code publicUrl}, alerts on the defaults. */
  public App(Store store, Clients clients, Clock clock, Optional<URI> publicUrl) {
    this(store, clients, clock, AlertsConfig.defaults(), publicUrl);
  }

  /**
   * {@code alertsConfig}: the operator's service-wide alert settings; {@code publicUrl}: where
   * Remote can reach this service's webhooks, empty: Remote events off.
   */
  public App(
      Store store,
      Clients clients,
      Clock clock,
      AlertsConfig alertsConfig,
      Optional<URI> publicUrl) {
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.remoteSync = new RemoteSync(store, clients, clock);
    this.compensation = new CompensationExport(store, clients, clock);
    this.timeOffSync = new TimeOffSync(store, clients, clock);
    this.alerts = new Alerts(store, clock, alertsConfig, Sleeper.SYSTEM);
    this.remoteStatus = new RemoteStatusWriter(store, clients);
    this.integrationSync =
        new IntegrationSync(store, remoteSync, timeOffSync, List.of(remoteStatus, alerts));
  }

  /** Opens the store named by the environment (H2 under {@code dataDir} unless BOBSYNC_DB_URL). */
  public static App open(Path dataDir, Map<String, String> env, Clock clock) {
    Optional<URI> publicUrl = RemoteEventsSetup.publicUrl(env);
    Store store = Store.open(StoreConfig.fromEnvironment(env, dataDir), clock);
    return new App(
        store, Clients.standard(clock), clock, AlertsConfig.fromEnvironment(env), publicUrl);
  }

  /** Alerts by e-mail and chat webhook, per integration. */
  public Alerts alerts() {
    return alerts;
  }

  /** The "Remote status" field written back to HiBob, when an integration has it on. */
  public RemoteStatusWriter remoteStatus() {
    return remoteStatus;
  }

  /** Where Remote can reach this service ({@code BOBSYNC_PUBLIC_URL}); empty when unset. */
  public Optional<URI> publicUrl() {
    return publicUrl;
  }

  /** Registers and deletes the integrations' Remote webhook callbacks. */
  public RemoteEventsSetup remoteEvents() {
    return new RemoteEventsSetup(store, clients, publicUrl);
  }

  public Store store() {
    return store;
  }

  public Clients clients() {
    return clients;
  }

  public Clock clock() {
    return clock;
  }

  public RemoteSync remoteSync() {
    return remoteSync;
  }

  /** The compensation export: datasets, files, checks, the field catalogue, the page's figures. */
  public CompensationExport compensation() {
    return compensation;
  }

  public TimeOffSync timeOffSync() {
    return timeOffSync;
  }

  /** The employee sync and the time-off sync, run together or one at a time. */
  public IntegrationSync integrationSync() {
    return integrationSync;
  }

  /**
   * What the scheduler runs for every sync of an integration: the employee sync, then the time-off
   * sync (a targeted run after a webhook syncs the people concerned only).
   */
  public IntegrationRunner syncRunner() {
    return (integration, options) -> integrationSync.run(integration, options).people();
  }

  @Override
  public void close() {
    store.close();
  }
}
