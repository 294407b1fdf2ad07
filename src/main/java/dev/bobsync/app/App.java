package dev.bobsync.app;

import dev.bobsync.connect.Clients;
import dev.bobsync.scheduling.IntegrationRunner;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.sync.RemoteSync;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** Wires bobsync's parts together in one place, for the CLI, the service and tests. */
public final class App implements AutoCloseable {
  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final RemoteSync remoteSync;

  public App(Store store, Clients clients, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.remoteSync = new RemoteSync(store, clients, clock);
  }

  /** Opens the store named by the environment (H2 under {@code dataDir} unless BOBSYNC_DB_URL). */
  public static App open(Path dataDir, Map<String, String> env, Clock clock) {
    Store store = Store.open(StoreConfig.fromEnvironment(env, dataDir), clock);
    return new App(store, Clients.standard(clock), clock);
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

  /** What the scheduler runs for every sync of an integration. */
  public IntegrationRunner syncRunner() {
    return remoteSync::run;
  }

  @Override
  public void close() {
    store.close();
  }
}
