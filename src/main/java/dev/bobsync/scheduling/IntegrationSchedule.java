package dev.bobsync.scheduling;

import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the integrations' task rows in line with the store and with what is asked of them: added,
 * moved when the interval changes, brought forward for "Sync now" and pending changes, deleted.
 * Every move is guarded by the row's version, and a picked row is never moved: its run moves it
 * when it ends.
 */
final class IntegrationSchedule {
  private static final int ATTEMPTS = 5;

  private final Store store;
  private final TaskRows rows;
  private final Cadence cadence;
  private final Clock clock;
  private final Wakeups wakeups;

  IntegrationSchedule(Store store, TaskRows rows, Cadence cadence, Clock clock, Wakeups wakeups) {
    this.store = store;
    this.rows = rows;
    this.cadence = cadence;
    this.clock = clock;
    this.wakeups = wakeups;
  }

  /** Every active integration scheduled at its interval, no other. */
  void refresh() {
    Map<String, TaskRows.Row> scheduled = new HashMap<>();
    rows.all().forEach(r -> scheduled.put(r.integrationId(), r));
    for (Integration i : store.integrations().listActive()) {
      TaskRows.Row row = scheduled.remove(i.id());
      if (row == null) {
        add(i);
      } else {
        follow(i, row);
      }
    }
    scheduled.keySet().forEach(rows::delete);
  }

  /** Adds the integration's row, or moves it to a changed interval. */
  void ensure(Integration integration) {
    Optional<TaskRows.Row> row = rows.find(integration.id());
    if (row.isEmpty()) {
      add(integration);
    } else {
      follow(integration, row.get());
    }
  }

  void delete(String integrationId) {
    rows.delete(integrationId);
  }

  SyncNowResult syncNow(String integrationId, String trigger) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Integration> integration = active(integrationId);
      if (integration.isEmpty()) {
        return SyncNowResult.NOT_FOUND;
      }
      Optional<TaskRows.Row> row = rows.find(integrationId);
      Instant now = clock.instant();
      boolean moved;
      if (row.isEmpty()) {
        moved = rows.create(integrationId, firstPlan(integration.get()).requesting(trigger), now);
      } else if (row.get().picked()) {
        return SyncNowResult.ALREADY_RUNNING;
      } else {
        moved = rows.move(row.get(), now, row.get().plan().requesting(trigger));
      }
      if (moved) {
        wakeups.at(now);
        return SyncNowResult.STARTED;
      }
    }
    return running(integrationId) ? SyncNowResult.ALREADY_RUNNING : SyncNowResult.STARTED;
  }

  /**
   * Brings the row forward to its pending changes, unless a run holds it (that run looks again when
   * it ends); makes sure this instance looks for it when it is due.
   */
  void reconsider(String integrationId) {
    if (active(integrationId).isEmpty()) {
      // Removed while its run was finishing: the unschedule then found the row still picked.
      rows.delete(integrationId);
      return;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<TaskRows.Row> row = rows.find(integrationId);
      if (row.isEmpty()) {
        active(integrationId).ifPresent(this::add);
        row = rows.find(integrationId);
      }
      if (row.isEmpty() || row.get().picked()) {
        return;
      }
      TaskRows.Row r = row.get();
      Instant now = clock.instant();
      Instant due = cadence.nextTime(r.plan(), store.pendingChanges().span(integrationId), now);
      if (!due.isBefore(r.time())) {
        wakeups.at(r.time());
        return;
      }
      if (rows.move(r, due, r.plan())) {
        wakeups.at(due);
        return;
      }
    }
  }

  ScheduleStatus status(String integrationId) {
    return rows.find(integrationId)
        .map(
            r ->
                new ScheduleStatus(
                    r.picked(),
                    r.picked() ? r.pickedBy() : null,
                    r.picked() || !r.time().isBefore(Cadence.IDLE)
                        ? Optional.empty()
                        : Optional.of(r.time())))
        .orElse(ScheduleStatus.NONE);
  }

  private boolean running(String integrationId) {
    return rows.find(integrationId).filter(TaskRows.Row::picked).isPresent();
  }

  private void add(Integration integration) {
    SyncPlan plan = firstPlan(integration);
    Instant at =
        cadence.nextTime(plan, store.pendingChanges().span(integration.id()), clock.instant());
    rows.create(integration.id(), plan, at);
  }

  /** Moves the row when the interval changed; a run under way applies it when it ends. */
  private void follow(Integration integration, TaskRows.Row row) {
    for (int attempt = 0; attempt < ATTEMPTS && row != null; attempt++) {
      Instant now = clock.instant();
      SyncPlan plan = row.plan().withInterval(integration.syncInterval(), now);
      if (plan.equals(row.plan()) || row.picked()) {
        return;
      }
      Instant at = cadence.nextTime(plan, store.pendingChanges().span(integration.id()), now);
      if (rows.move(row, at, plan)) {
        return;
      }
      row = rows.find(integration.id()).orElse(null);
    }
  }

  /** The first full sync: at once if it never ran, else an interval after its last run. */
  private SyncPlan firstPlan(Integration integration) {
    Instant now = clock.instant();
    Duration interval = integration.syncInterval();
    Instant first =
        store.runs().recent(integration.id(), 1).stream()
            .map(r -> r.startedAt().plus(interval))
            .filter(now::isBefore)
            .findFirst()
            .orElse(now);
    return SyncPlan.first(interval, first);
  }

  private Optional<Integration> active(String id) {
    return store.integrations().byId(id).filter(i -> !i.removed());
  }
}
