package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** The sync runs of every integration: started, progressing, finished with counts and timings. */
public final class Runs {
  private static final Set<String> OUTCOMES = Set.of("succeeded", "partial", "failed");
  private static final String COLUMNS =
      "id, integration_id, kind, trigger, node, state, started_at, finished_at, total, done,"
          + " counts_json, hibob_calls, remote_calls, error";

  private final Db db;
  private final Clock clock;

  Runs(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records a run starting now on {@code node}, in state {@code running}. */
  public SyncRun start(String integrationId, String kind, String trigger, String node) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(trigger, "trigger");
    SyncRun run =
        new SyncRun(
            UUID.randomUUID().toString(),
            integrationId,
            kind,
            trigger,
            node,
            "running",
            clock.instant(),
            null,
            0,
            0,
            null,
            0,
            0,
            null);
    db.withHandle(
        "start " + kind + " run of integration " + integrationId,
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO sync_runs ("
                        + COLUMNS
                        + ") VALUES (:id, :integrationId, :kind,"
                        + " :trigger, :node, :state, :startedAt, :finishedAt, :total, :done,"
                        + " :countsJson, :hibobCalls, :remoteCalls, :error)")
                .bindMethods(run)
                .execute());
    return run;
  }

  /** Records that {@code done} of {@code total} people are through. */
  public void progress(String runId, int done, int total) {
    Objects.requireNonNull(runId, "runId");
    db.withHandle(
        "record progress of run " + runId,
        handle ->
            handle
                .createUpdate(
                    "UPDATE sync_runs SET done = :done, total = :total"
                        + " WHERE id = :id AND state = 'running'")
                .bind("id", runId)
                .bind("done", done)
                .bind("total", total)
                .execute());
  }

  /**
   * Records that a running run ended now as {@code succeeded}, {@code partial} or {@code failed}.
   */
  public void finish(
      String runId,
      String outcome,
      String countsJson,
      int hibobCalls,
      int remoteCalls,
      String error) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(outcome, "outcome");
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ": " + outcome);
    }
    int updated =
        db.withHandle(
            "finish run " + runId,
            handle ->
                handle
                    .createUpdate(
                        "UPDATE sync_runs SET state = :outcome, finished_at = :now,"
                            + " counts_json = :countsJson, hibob_calls = :hibobCalls,"
                            + " remote_calls = :remoteCalls, error = :error"
                            + " WHERE id = :id AND state = 'running'")
                    .bind("id", runId)
                    .bind("outcome", outcome)
                    .bind("now", clock.instant())
                    .bind("countsJson", countsJson)
                    .bind("hibobCalls", hibobCalls)
                    .bind("remoteCalls", remoteCalls)
                    .bind("error", error)
                    .execute());
    if (updated == 0) {
      throw new StoreException("run " + runId + " does not exist or has already finished");
    }
  }

  /**
   * Closes as {@code failed}, with {@code error}, the integration's runs that {@code node} left
   * running (it stopped, or its run ended without recording how); returns how many.
   */
  public int abandon(String integrationId, String node, String error) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(error, "error");
    return db.withHandle(
        "close the runs of integration " + integrationId + " left running on " + node,
        handle ->
            handle
                .createUpdate(
                    "UPDATE sync_runs SET state = 'failed', finished_at = :now, error = :error"
                        + " WHERE integration_id = :integrationId AND node = :node"
                        + " AND state = 'running'")
                .bind("integrationId", integrationId)
                .bind("node", node)
                .bind("now", clock.instant())
                .bind("error", error)
                .execute());
  }

  /** The run with this id. */
  public Optional<SyncRun> byId(String id) {
    Objects.requireNonNull(id, "id");
    return db.withHandle(
        "read run " + id,
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM sync_runs WHERE id = :id")
                .bind("id", id)
                .map(Runs::map)
                .findOne());
  }

  /** The integration's latest {@code limit} runs of any kind, newest first. */
  public List<SyncRun> recent(String integrationId, int limit) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read runs of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM sync_runs WHERE integration_id = :integrationId"
                        + " ORDER BY started_at DESC, id LIMIT :limit")
                .bind("integrationId", integrationId)
                .bind("limit", limit)
                .map(Runs::map)
                .list());
  }

  /** The integration's most recently finished run of this kind. */
  public Optional<SyncRun> lastFinished(String integrationId, String kind) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(kind, "kind");
    return db.withHandle(
        "read last " + kind + " run of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM sync_runs WHERE integration_id = :integrationId"
                        + " AND kind = :kind AND finished_at IS NOT NULL"
                        + " ORDER BY finished_at DESC, started_at DESC LIMIT 1")
                .bind("integrationId", integrationId)
                .bind("kind", kind)
                .map(Runs::map)
                .findOne());
  }

  private static SyncRun map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SyncRun(
        rs.getString("id"),
        rs.getString("integration_id"),
        rs.getString("kind"),
        rs.getString("trigger"),
        rs.getString("node"),
        rs.getString("state"),
        Db.instant(rs, "started_at"),
        Db.instant(rs, "finished_at"),
        rs.getInt("total"),
        rs.getInt("done"),
        rs.getString("counts_json"),
        rs.getInt("hibob_calls"),
        rs.getInt("remote_calls"),
        rs.getString("error"));
  }
}
