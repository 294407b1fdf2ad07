package dev.bobsync.app;

import dev.bobsync.scheduling.SyncNowResult;
import dev.bobsync.scheduling.SyncScheduler;
import dev.bobsync.store.Store;
import dev.bobsync.web.SyncControl;
import java.time.Instant;
import java.util.Optional;

/** The page's and the API's view of the scheduler. */
final class ScheduledSyncs implements SyncControl {
  private final SyncScheduler scheduler;
  private final Store store;

  ScheduledSyncs(SyncScheduler scheduler, Store store) {
    this.scheduler = scheduler;
    this.store = store;
  }

  @Override
  public boolean syncNow(String integrationId, String trigger) {
    return scheduler.syncNow(integrationId, trigger) == SyncNowResult.STARTED;
  }

  @Override
  public Optional<Instant> nextRun(String integrationId) {
    return scheduler.nextRun(integrationId);
  }

  @Override
  public void refresh(String integrationId) {
    store
        .integrations()
        .byId(integrationId)
        .filter(i -> !i.removed())
        .ifPresentOrElse(scheduler::schedule, () -> scheduler.unschedule(integrationId));
  }

  @Override
  public boolean running(String integrationId) {
    return scheduler.running(integrationId);
  }
}
