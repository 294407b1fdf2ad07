package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * People whose change HiBob reported (by webhook) and whom no sync has covered yet: the queue of
 * targeted syncs, shared by every instance.
 */
public final class PendingChanges {
  private static final int CHUNK = 500;

  private final Db db;
  private final Clock clock;

  PendingChanges(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records, now, that these people of the integration changed. */
  public void add(String integrationId, Collection<String> hibobIds, String reason) {
    add(integrationId, hibobIds, reason, false);
  }

  /**
   * Records, now, that these people of the integration changed, and whether their time off did
   * ({@code timeOff}).
   */
  public void add(
      String integrationId, Collection<String> hibobIds, String reason, boolean timeOff) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobIds, "hibobIds");
    Objects.requireNonNull(reason, "reason");
    if (hibobIds.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    db.useTransaction(
        "queue changes of integration " + integrationId,
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  "INSERT INTO pending_changes"
                      + " (integration_id, hibob_id, reason, received_at, time_off)"
                      + " VALUES (:integrationId, :hibobId, :reason, :now, :timeOff)");
          for (String id : hibobIds) {
            batch
                .bind("integrationId", integrationId)
                .bind("hibobId", id)
                .bind("reason", reason)
                .bind("now", now)
                .bind("timeOff", timeOff)
                .add();
          }
          batch.execute();
        });
  }

  /** The integration's pending changes, oldest first. */
  public List<PendingChange> list(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read pending changes of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT id, hibob_id, reason, received_at, time_off FROM pending_changes"
                        + " WHERE integration_id = :integrationId ORDER BY received_at, id")
                .bind("integrationId", integrationId)
                .map(PendingChanges::map)
                .list());
  }

  /** When the integration's oldest pending change was received. */
  public Optional<Instant> oldest(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read pending changes of integration " + integrationId,
        handle ->
            Optional.ofNullable(
                handle
                    .createQuery(
                        "SELECT MIN(received_at) AS oldest FROM pending_changes"
                            + " WHERE integration_id = :integrationId")
                    .bind("integrationId", integrationId)
                    .map((rs, ctx) -> Db.instant(rs, "oldest"))
                    .one()));
  }

  /** When the first and last pending change arrived and how many wait; empty when none. */
  public Optional<PendingSpan> span(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read pending changes of integration " + integrationId,
        handle ->
            Optional.ofNullable(
                handle
                    .createQuery(
                        "SELECT MIN(received_at) AS oldest, MAX(received_at) AS newest,"
                            + " COUNT(*) AS n FROM pending_changes"
                            + " WHERE integration_id = :integrationId")
                    .bind("integrationId", integrationId)
                    .map(
                        (rs, ctx) ->
                            rs.getInt("n") == 0
                                ? null
                                : new PendingSpan(
                                    Db.instant(rs, "oldest"),
                                    Db.instant(rs, "newest"),
                                    rs.getInt("n")))
                    .one()));
  }

  /** Deletes these changes, once a sync covered them; changes reported since stay. */
  public void remove(String integrationId, Collection<PendingChange> covered) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(covered, "covered");
    List<Long> ids = covered.stream().map(PendingChange::id).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      db.withHandle(
          "delete covered changes of integration " + integrationId,
          handle ->
              handle
                  .createUpdate(
                      "DELETE FROM pending_changes"
                          + " WHERE integration_id = :integrationId AND id IN (<ids>)")
                  .bind("integrationId", integrationId)
                  .bindList("ids", chunk)
                  .execute());
    }
  }

  /** Forgets every pending change of the integration. */
  public void clear(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    db.withHandle(
        "forget pending changes of integration " + integrationId,
        handle ->
            handle
                .createUpdate("DELETE FROM pending_changes WHERE integration_id = :integrationId")
                .bind("integrationId", integrationId)
                .execute());
  }

  private static PendingChange map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new PendingChange(
        rs.getLong("id"),
        rs.getString("hibob_id"),
        rs.getString("reason"),
        Db.instant(rs, "received_at"),
        rs.getBoolean("time_off"));
  }
}
