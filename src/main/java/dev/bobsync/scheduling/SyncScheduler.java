package dev.bobsync.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Runs every integration's syncs: at its interval, on "Sync now", and after HiBob's webhooks, on
 * db-scheduler over the shared database, so that several instances share the work.
 *
 * <p><b>One run at a time.</b> Each integration has exactly one row in db-scheduler's table, and
 * every run of it (scheduled, "Sync now", webhook) is an execution of that row; what a due row runs
 * is decided when it starts. db-scheduler lets one instance at a time pick a row (an update guarded
 * by the row's version), so two runs of one integration never overlap, on one instance or several.
 * A lease table beside it would only add a second lock that could disagree with the first. "Sync
 * now" moves the row to now, or answers that a run is under way when the row is picked; webhook
 * changes wait in {@code pending_changes} and bring the row forward, and a run that ends looks at
 * them again after releasing its row, so a change reported during a run is never lost.
 *
 * <p><b>Dead instances.</b> A picked row's instance writes a heartbeat; when it misses several,
 * another instance closes the run it left {@code running} as failed and runs the integration again
 * at once.
 */
public final class SyncScheduler implements AutoCloseable {
  private final String node;
  private final Store store;
  private final SyncMetrics metrics;
  private final Scheduler scheduler;
  private final Wakeups wakeups;
  private final IntegrationSchedule schedule;
  private final AtomicBoolean stopped = new AtomicBoolean();

  SyncScheduler(SyncSchedulerBuilder b) {
    this.node = b.node;
    this.store = b.store;
    this.metrics = new SyncMetrics(b.meterRegistry);
    Cadence cadence =
        new Cadence(b.webhookQuiet, b.webhookWindow, b.webhookSpacing, b.targetedLimit);
    IntegrationTask task =
        new IntegrationTask(store, b.runner, cadence, node, b.clock, metrics, this::reconsider);
    RecurringTask<Void> refreshTask =
        Tasks.recurring("integration-schedules", FixedDelay.of(b.refreshInterval))
            .execute((instance, context) -> refresh());
    SchedulerBuilder builder =
        Scheduler.create(store.dataSource(), List.of(task.task()))
            .startTasks(refreshTask)
            .schedulerName(new SchedulerName.Fixed(node))
            .clock(b.clock::instant)
            .serializer(new JacksonSerializer(Json.newMapper()))
            .pollingInterval(b.pollingInterval)
            .heartbeatInterval(b.heartbeatInterval)
            .missedHeartbeatsLimit(b.missedHeartbeats)
            .threads(b.threads)
            .shutdownMaxWait(b.shutdownWait);
    if (b.meterRegistry != null) {
      builder.statsRegistry(
          new MicrometerStatsRegistry(b.meterRegistry, List.of(task.task(), refreshTask)));
    }
    if (isH2(store.dataSource())) {
      // its columns are TIMESTAMP WITH TIME ZONE: db-scheduler's defaults fit
      builder.jdbcCustomization(new DefaultJdbcCustomization(false));
    }
    this.scheduler = builder.build();
    this.wakeups = new Wakeups(scheduler::triggerCheckForDueExecutions, b.clock);
    this.schedule =
        new IntegrationSchedule(
            store, new TaskRows(scheduler, task.task()), cadence, b.clock, wakeups);
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

  /** This instance's name, as its runs record it. */
  public String node() {
    return node;
  }

  /** Puts every active integration on the schedule and starts running what is due. */
  public void start() {
    schedule.refresh();
    scheduler.start();
    wakeups.start();
  }

  /** Stops taking runs and waits a while for those under way; other instances take the rest. */
  public void stop() {
    if (stopped.compareAndSet(false, true)) {
      wakeups.stop();
      scheduler.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Matches the schedule to the store: every active integration at its interval, none other. Runs
   * by itself every minute on one instance; call it after changing integrations elsewhere.
   */
  public void refresh() {
    schedule.refresh();
  }

  /** Schedules a new integration, or follows a change of its interval. */
  public void schedule(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    if (integration.removed()) {
      unschedule(integration.id());
    } else {
      schedule.ensure(integration);
    }
  }

  /** Takes an integration off the schedule (C5); a run under way ends first, then none follows. */
  public void unschedule(String integrationId) {
    schedule.delete(Objects.requireNonNull(integrationId, "integrationId"));
  }

  /**
   * Starts a full sync of the integration at once ("Sync now", {@code trigger} {@code manual} or
   * {@code api}), unless a run of it is under way on any instance; returns at once.
   */
  public SyncNowResult syncNow(String integrationId, String trigger) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(trigger, "trigger");
    return schedule.syncNow(integrationId, trigger);
  }

  /**
   * Syncs these people soon, in one targeted run with the others changed meanwhile (what a webhook
   * does); {@code reason} becomes the run's trigger.
   */
  public void syncPeople(String integrationId, Collection<String> hibobIds, String reason) {
    syncPeople(integrationId, hibobIds, reason, false);
  }

  /**
   * As {@link #syncPeople(String, Collection, String)}; with {@code timeOff}, the targeted run also
   * syncs these people's time off (what a time-off webhook does).
   */
  public void syncPeople(
      String integrationId, Collection<String> hibobIds, String reason, boolean timeOff) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobIds, "hibobIds");
    Objects.requireNonNull(reason, "reason");
    for (String id : hibobIds) {
      if (!WebhookEvent.plausibleId(id)) {
        throw new IllegalArgumentException("not a HiBob employee id: " + id);
      }
    }
    store.pendingChanges().add(integrationId, hibobIds, reason, timeOff);
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
    return schedule.status(Objects.requireNonNull(integrationId, "integrationId"));
  }

  SyncMetrics metrics() {
    return metrics;
  }

  private void reconsider(String integrationId) {
    schedule.reconsider(integrationId);
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
    }
  }
}
