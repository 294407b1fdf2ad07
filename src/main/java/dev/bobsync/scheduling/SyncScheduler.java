package dev.bobsync.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Runs every integration's syncs: at its interval, on "Sync now", and after HiBob's webhooks, on
 * db-scheduler over the shared database, so that several instances share the work.
 *
 * <p><b>One run at a time.</b> Each integration has exactly one row in db-scheduler's table, and
 * every run of it (scheduled, "Sync now", webhook) is an execution of that row; what a due row runs
 * is decided when it starts. db-scheduler lets one instance at a time pick a row (an update guarded
 * by the row's version), so two runs of one integration can never overlap, on one instance or
 * several. A second lock (a lease table) would only add a way for the two to disagree. "Sync now"
 * moves the row to now, or says a run is under way when it is picked; webhook changes wait in
 * {@code pending_changes} and move the row to a near time, and a run that ends looks at them again
 * after releasing its row, so a change reported during a run is never lost.
 *
 * <p><b>Dead instances.</b> A picked row's instance writes a heartbeat; when it misses several,
 * another instance closes the run it left {@code running} as failed and runs the integration again
 * at once.
 */
public final class SyncScheduler implements AutoCloseable {
  private static final Duration WAKE_AHEAD = Duration.ofMinutes(1);

  private final Store store;
  private final String node;
  private final Clock clock;
  private final Cadence cadence;
  private final SyncMetrics metrics;
  private final Scheduler scheduler;
  private final TaskRows rows;
  private final ScheduledExecutorService wakeups;
  private volatile boolean started;

  SyncScheduler(SyncSchedulerBuilder b) {
    this.store = b.store;
    this.node = b.node;
    this.clock = b.clock;
    this.cadence = new Cadence(b.webhookWindow, b.webhookSpacing, b.targetedLimit);
    this.metrics = new SyncMetrics(b.meterRegistry);
    IntegrationTask integrationTask =
        new IntegrationTask(store, b.runner, cadence, node, clock, metrics, this::reconsider);
    RecurringTask<Void> refreshTask =
        Tasks.recurring("integration-schedules", FixedDelay.of(b.refreshInterval))
            .execute((instance, context) -> refresh());
    SchedulerBuilder builder =
        Scheduler.create(store.dataSource(), List.of(integrationTask.task()))
            .startTasks(refreshTask)
            .schedulerName(new SchedulerName.Fixed(node))
            .clock(clock::instant)
            .serializer(new JacksonSerializer(Json.newMapper()))
            .pollingInterval(b.pollingInterval)
            .heartbeatInterval(b.heartbeatInterval)
            .missedHeartbeatsLimit(b.missedHeartbeats)
            .threads(b.threads)
            .shutdownMaxWait(b.shutdownWait);
    if (isH2(store.dataSource())) {
      // its columns are TIMESTAMP WITH TIME ZONE: db-scheduler's defaults fit
      builder.jdbcCustomization(new DefaultJdbcCustomization(false));
    }
    this.scheduler = builder.build();
    this.rows = new TaskRows(scheduler, integrationTask.task());
    this.wakeups =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bobsync-wakeups");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Settings for a scheduler of {@code store}'s integrations that runs them with {@code runner}.
   */
  public static SyncSchedulerBuilder builder(Store store, IntegrationRunner runner) {
    return new SyncSchedulerBuilder(store, runner);
  }

  /** A name for this instance: the host name and the process id. */
  public static String defaultNode() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "bobsync";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  SyncMetrics metrics() {
    return metrics;
  }

  /** This instance's name, as runs record it. */
  public String node() {
    return node;
  }

  /** Puts every active integration on the schedule and starts running what is due. */
  public void start() {
    refresh();
    scheduler.start();
    started = true;
  }

  /** Stops taking new runs and waits a while for those under way; others take them over. */
  public void stop() {
    started = false;
    wakeups.shutdownNow();
    scheduler.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Matches the schedule to the store: every active integration scheduled at its interval, none
   * other. Runs by itself every minute on one instance; call it after changes made elsewhere.
   */
  public void refresh() {
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

  /** Schedules a new integration, or follows a change of its interval. */
  public void schedule(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    if (integration.removed()) {
      unschedule(integration.id());
      return;
    }
    Optional<TaskRows.Row> row = rows.find(integration.id());
    if (row.isEmpty()) {
      add(integration);
    } else {
      follow(integration, row.get());
    }
  }

  /** Takes an integration off the schedule (C5); a run under way ends first. */
  public void unschedule(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    rows.delete(integrationId);
  }

  /**
   * Runs a full sync of the integration at once ("Sync now"), unless a run of it is under way on
   * any instance; returns at once.
   */
  public SyncNowResult syncNow(String integrationId, String trigger) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(trigger, "trigger");
    for (int attempt = 0; attempt < 5; attempt++) {
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
        wakeAt(now);
        return SyncNowResult.STARTED;
      }
    }
    return rows.find(integrationId).filter(TaskRows.Row::picked).isPresent()
        ? SyncNowResult.ALREADY_RUNNING
        : SyncNowResult.STARTED;
  }

  /**
   * Syncs these people of the integration soon, in one targeted run with the others changed
   * meanwhile (what a webhook does); {@code reason} becomes the run's trigger.
   */
  public void syncPeople(String integrationId, Collection<String> hibobIds, String reason) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobIds, "hibobIds");
    Objects.requireNonNull(reason, "reason");
    store.pendingChanges().add(integrationId, hibobIds, reason);
    reconsider(integrationId);
  }

  /** When the integration runs next; empty while it runs and when nothing is due. */
  public Optional<Instant> nextRun(String integrationId) {
    return status(integrationId).nextRun();
  }

  /** Whether a run of the integration is under way, on any instance. */
  public boolean running(String integrationId) {
    return status(integrationId).running();
  }

  /** The integration's place in the schedule, in one read. */
  public ScheduleStatus status(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
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

  /**
   * Brings the integration's row forward to its pending changes, unless a run holds it (that run
   * looks again when it ends); makes sure this instance checks for it when it is due.
   */
  void reconsider(String integrationId) {
    for (int attempt = 0; attempt < 5; attempt++) {
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
      Instant due = cadence.nextTime(r.plan(), store.pendingChanges().oldest(integrationId), now);
      if (!due.isBefore(r.time())) {
        wakeAt(r.time());
        return;
      }
      if (rows.move(r, due, r.plan())) {
        wakeAt(due);
        return;
      }
    }
  }

  private void add(Integration integration) {
    SyncPlan plan = firstPlan(integration);
    Instant at =
        cadence.nextTime(plan, store.pendingChanges().oldest(integration.id()), clock.instant());
    rows.create(integration.id(), plan, at);
  }

  /** Moves the row when the interval changed; a run under way applies it when it ends. */
  private void follow(Integration integration, TaskRows.Row row) {
    Instant now = clock.instant();
    SyncPlan plan = row.plan().withInterval(integration.syncInterval(), now);
    if (plan.equals(row.plan()) || row.picked()) {
      return;
    }
    Instant at = cadence.nextTime(plan, store.pendingChanges().oldest(integration.id()), now);
    if (!rows.move(row, at, plan)) {
      rows.find(integration.id()).ifPresent(again -> follow(integration, again));
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

  /**
   * Checks for due runs at {@code at} on this instance, when that is soon; polling does the rest.
   */
  private void wakeAt(Instant at) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    if (!started || delay > WAKE_AHEAD.toMillis()) {
      return;
    }
    try {
      wakeups.schedule(scheduler::triggerCheckForDueExecutions, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // stopping: the other instances pick it up
    }
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
    }
  }

  private Optional<Integration> active(String id) {
    return store.integrations().byId(id).filter(i -> !i.removed());
  }
}
