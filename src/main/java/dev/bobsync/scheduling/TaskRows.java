package dev.bobsync.scheduling;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.DbSchedulerException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The integrations' rows in db-scheduler's table, read and changed through its client. */
final class TaskRows {
  /** One integration's row: its plan, when it runs next, and whether an instance runs it now. */
  record Row(String integrationId, SyncPlan plan, Instant time, boolean picked, String pickedBy) {}

  private final SchedulerClient client;
  private final CustomTask<SyncPlan> task;

  TaskRows(SchedulerClient client, CustomTask<SyncPlan> task) {
    this.client = client;
    this.task = task;
  }

  Optional<Row> find(String integrationId) {
    return client
        .getScheduledExecution(TaskInstanceId.of(task.getName(), integrationId))
        .map(e -> row(integrationId, e.getData(), e));
  }

  List<Row> all() {
    List<Row> rows = new ArrayList<>();
    client.fetchScheduledExecutionsForTask(
        task.getName(),
        SyncPlan.class,
        e -> rows.add(row(e.getTaskInstance().getId(), e.getData(), e)));
    return rows;
  }

  /** Adds the row unless it exists; whether it was added. */
  boolean create(String integrationId, SyncPlan plan, Instant time) {
    return client.scheduleIfNotExists(
        new TaskInstance<>(task.getName(), integrationId, plan), time);
  }

  /**
   * Moves the row to {@code time} with {@code plan}; false when an instance picked it, or changed
   * it, since it was read.
   */
  boolean move(Row row, Instant time, SyncPlan plan) {
    if (row.picked()) {
      return false;
    }
    try {
      return client.reschedule(TaskInstanceId.of(task.getName(), row.integrationId()), time, plan);
    } catch (DbSchedulerException changedMeanwhile) {
      return false;
    }
  }

  /** Deletes the row; false when an instance runs it now (the run deletes it when done). */
  boolean delete(String integrationId) {
    try {
      client.cancel(TaskInstanceId.of(task.getName(), integrationId));
      return true;
    } catch (DbSchedulerException runningOrGone) {
      return find(integrationId).isEmpty();
    }
  }

  private static Row row(String id, Object data, ScheduledExecution<?> e) {
    // a row without a plan gets one at its next interval check (an interval of -1 never matches)
    SyncPlan plan = data instanceof SyncPlan p ? p : new SyncPlan(-1, null, null, null);
    return new Row(id, plan, e.getExecutionTime(), e.isPicked(), e.getPickedBy());
  }
}
