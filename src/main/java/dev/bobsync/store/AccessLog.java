package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The access log: every API token use, every refusal, sign-in and role change. */
public final class AccessLog {
  private final Db db;
  private final Clock clock;

  AccessLog(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void record(AccessEvent e) {
    Objects.requireNonNull(e.actor(), "actor");
    Objects.requireNonNull(e.action(), "action");
    Objects.requireNonNull(e.outcome(), "outcome");
    db.useTransaction(
        "record access " + e.action(),
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO access_log (workspace_id, at, actor, action, outcome, detail,"
                        + " address) VALUES (:workspaceId, :at, :actor, :action, :outcome,"
                        + " :detail, :address)")
                .bind("workspaceId", e.workspaceId())
                .bind("at", e.at() != null ? e.at() : clock.instant())
                .bind("actor", cut(e.actor(), 400))
                .bind("action", cut(e.action(), 400))
                .bind("outcome", cut(e.outcome(), 20))
                .bind("detail", cut(e.detail(), 1000))
                .bind("address", cut(e.address(), 100))
                .execute());
  }

  /**
   * The newest entries of a workspace, with the ones no workspace could be told for (refused
   * sign-ins of unknown people) when {@code withUnknown}.
   */
  public List<AccessEvent> recent(String workspaceId, boolean withUnknown, int limit) {
    return db.withHandle(
        "read access log",
        handle ->
            handle
                .createQuery(
                    "SELECT id, workspace_id, at, actor, action, outcome, detail, address"
                        + " FROM access_log WHERE workspace_id = :ws"
                        + (withUnknown ? " OR workspace_id IS NULL" : "")
                        + " ORDER BY at DESC, id DESC LIMIT :limit")
                .bind("ws", workspaceId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new AccessEvent(
                            rs.getLong("id"),
                            rs.getString("workspace_id"),
                            Db.instant(rs, "at"),
                            rs.getString("actor"),
                            rs.getString("action"),
                            rs.getString("outcome"),
                            rs.getString("detail"),
                            rs.getString("address")))
                .list());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
