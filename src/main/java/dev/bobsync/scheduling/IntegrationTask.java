package dev.bobsync.scheduling;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.bobsync.BobsyncException;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.time.Elapsed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task behind every run of an integration: one row per integration, so that
 * db-scheduler's one-execution-per-row lock is the one-run-at-a-time guarantee. A due row decides
 * what to run (full or targeted sync), runs it, and moves itself to its next time.
 */
final class IntegrationTask {
  static final String NAME = "integration-sync";
  static final String DEAD_RUN = "the instance running it stopped; a new run was started";
  private static final Logger LOG = LoggerFactory.getLogger(IntegrationTask.class);
  private static final Duration RETRY = Duration.ofMinutes(1);

  private final Store store;
  private final IntegrationRunner runner;
  private final Cadence cadence;
  private final String node;
  private final Clock clock;
  private final SyncMetrics metrics;
  private final Consumer<String> afterRun;
  private final CustomTask<SyncPlan> task;

  /** {@code afterRun} is told of each integration whose row was moved on after a run. */
  IntegrationTask(
      Store store,
      IntegrationRunner runner,
      Cadence cadence,
      String node,
      Clock clock,
      SyncMetrics metrics,
      Consumer<String> afterRun) {
    this.store = store;
    this.runner = runner;
    this.cadence = cadence;
    this.node = node;
    this.clock = clock;
    this.metrics = metrics;
    this.afterRun = afterRun;
    this.task =
        Tasks.custom(NAME, SyncPlan.class)
            .onFailure(this::failed)
            .onDeadExecution(this::dead)
            .execute(this::execute);
  }

  CustomTask<SyncPlan> task() {
    return task;
  }

  private CompletionHandler<SyncPlan> execute(TaskInstance<SyncPlan> instance, ExecutionContext c) {
    String id = instance.getId();
    Optional<Integration> integration = active(id);
    if (integration.isEmpty()) {
      return (complete, ops) -> ops.remove();
    }
    Instant started = clock.instant();
    SyncPlan plan =
        instance.getData() != null
            ? instance.getData()
            : SyncPlan.first(integration.get().syncInterval(), started);
    Choice choice = cadence.choose(plan, store.pendingChanges().list(id), started);
    if (choice.runs()) {
      run(integration.get(), choice);
    }
    return (complete, ops) -> moveOn(id, plan, choice, started, complete, ops);
  }

  private void run(Integration integration, Choice choice) {
    SyncOptions options = SyncOptions.of(choice.trigger()).on(node);
    if (choice.kind() == Choice.Kind.TARGETED) {
      options = options.only(choice.people()).changedInRemote(choice.changedInRemote());
      if (choice.timeOff()) {
        options = options.withTimeOff();
      }
    }
    LOG.info(
        "Sync of integration '{}' ({}) starts: {}{}",
        integration.name(),
        integration.id(),
        choice.trigger(),
        options.targeted() ? " (" + people(options.people().size()) + ")" : "");
    long t0 = System.nanoTime();
    String outcome;
    String detail = "";
    try {
      SyncReport report = runner.run(integration, options);
      outcome = report.failed() ? "failed" : report.counts().failed() > 0 ? "partial" : "succeeded";
      if (report.failed()) {
        detail = ": " + report.error();
      } else if (report.counts().failed() > 0) {
        detail = " (" + people(report.counts().failed()) + " failed; see their status)";
      }
    } catch (RuntimeException e) {
      outcome = "failed";
      String why = e instanceof BobsyncException ? e.getMessage() : e.getClass().getSimpleName();
      LOG.warn(
          "Sync of integration '{}' ({}) stopped: {}", integration.name(), integration.id(), why);
      LOG.debug("Sync of integration {} stopped", integration.id(), e);
      store.runs().abandon(integration.id(), node, "the run stopped unexpectedly: " + why);
      detail = ": " + why;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    metrics.run(integration.id(), choice.trigger(), outcome, took);
    String line = "Sync of integration '{}' ({}) {} in {}{}";
    Object[] args = {integration.name(), integration.id(), outcome, Elapsed.words(took), detail};
    if (outcome.equals("succeeded")) {
      LOG.info(line, args);
    } else {
      LOG.warn(line, args);
    }
  }

  private void moveOn(
      String id,
      SyncPlan plan,
      Choice choice,
      Instant started,
      ExecutionComplete complete,
      ExecutionOperations<SyncPlan> ops) {
    store.pendingChanges().remove(id, choice.covered());
    Optional<Integration> integration = active(id);
    if (integration.isEmpty()) {
      ops.remove();
      return;
    }
    Instant now = clock.instant();
    SyncPlan next = cadence.after(plan, choice, started, integration.get().syncInterval(), now);
    ops.reschedule(complete, cadence.nextTime(next, store.pendingChanges().span(id), now), next);
    afterRun.accept(id);
  }

  /** The run's instance stopped (no heartbeat): close its run and run again at once. */
  private void dead(ExecutionComplete complete, ExecutionOperations<SyncPlan> ops) {
    String id = complete.getExecution().getId();
    String deadNode = complete.getExecution().pickedBy;
    int closed = deadNode == null ? 0 : store.runs().abandon(id, deadNode, DEAD_RUN);
    LOG.warn(
        "Instance {} stopped while running integration {}; closed {} run(s), running it again",
        deadNode,
        id,
        closed);
    ops.reschedule(complete, clock.instant());
  }

  /** Reading the store or the schedule failed: try again a little later. */
  private void failed(ExecutionComplete complete, ExecutionOperations<SyncPlan> ops) {
    Throwable cause = complete.getCause().orElse(null);
    LOG.warn(
        "Scheduling integration {} failed ({}); trying again in {}",
        complete.getExecution().getId(),
        cause == null
            ? "no reason given"
            : cause instanceof BobsyncException
                ? cause.getMessage()
                : cause.getClass().getSimpleName(),
        Elapsed.words(RETRY),
        cause);
    ops.reschedule(complete, clock.instant().plus(RETRY));
  }

  private static String people(int n) {
    return n == 1 ? "1 person" : n + " people";
  }

  private Optional<Integration> active(String id) {
    return store.integrations().byId(id).filter(i -> !i.removed());
  }
}
