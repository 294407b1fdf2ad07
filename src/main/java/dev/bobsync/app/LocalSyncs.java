package dev.bobsync.app;

import dev.bobsync.store.Integration;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.web.SyncControl;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs syncs in this process: at each integration's interval and on demand, one at a time each. */
public final class LocalSyncs implements SyncControl, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSyncs.class);

  private final App app;
  private final String node;
  private final BiConsumer<Integration, SyncReport> onFinished;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("sync"));
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(daemon("sync-schedule"));

  public LocalSyncs(App app, String node, BiConsumer<Integration, SyncReport> onFinished) {
    this.app = app;
    this.node = node;
    this.onFinished = onFinished;
  }

  /** Checks every 30 seconds which integrations are due. */
  public void start() {
    ticker.scheduleWithFixedDelay(this::runDue, 5, 30, TimeUnit.SECONDS);
  }

  @Override
  public boolean syncNow(String integrationId, String trigger) {
    Optional<Integration> integration =
        app.store().integrations().byId(integrationId).filter(i -> !i.removed());
    if (integration.isEmpty() || !running.add(integrationId)) {
      return false;
    }
    workers.execute(() -> run(integration.get(), trigger));
    return true;
  }

  @Override
  public Optional<Instant> nextRun(String integrationId) {
    return app.store()
        .integrations()
        .byId(integrationId)
        .filter(i -> !i.removed())
        .map(
            i ->
                app.store()
                    .runs()
                    .lastFinished(i.id(), "remote")
                    .map(r -> r.finishedAt().plus(i.syncInterval()))
                    .orElse(app.clock().instant()));
  }

  @Override
  public void refresh(String integrationId) {
    // Due times are read from the store on every tick; nothing to update.
  }

  @Override
  public boolean running(String integrationId) {
    return running.contains(integrationId);
  }

  private void runDue() {
    try {
      for (Integration i : app.store().integrations().listActive()) {
        if (i.remoteUrl() == null) {
          continue; // a compensation export only: nothing to sync
        }
        Instant due = nextRun(i.id()).orElse(Instant.MAX);
        if (!due.isAfter(app.clock().instant())) {
          syncNow(i.id(), "schedule");
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("checking which integrations are due failed: {}", e.getMessage());
    }
  }

  private void run(Integration integration, String trigger) {
    try {
      SyncReport report = app.remoteSync().run(integration, SyncOptions.of(trigger).on(node));
      onFinished.accept(integration, report);
    } catch (RuntimeException e) {
      LOG.error("sync of integration {} failed", integration.name(), e);
    } finally {
      running.remove(integration.id());
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    workers.shutdown();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
