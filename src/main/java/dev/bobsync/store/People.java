package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The per-person sync state of every integration (R11), keyed by integration and HiBob id. */
public final class People {
  private static final String COLUMNS =
      "integration_id, hibob_id, display_name, email, sync_type, remote_id, remote_status, status,"
          + " reason_code, message, last_change, written_state_json, create_started_at, updated_at";
  private static final String UPDATE =
      "UPDATE people SET display_name = :displayName, email = :email, sync_type = :syncType,"
          + " remote_id = :remoteId, remote_status = :remoteStatus, status = :status,"
          + " reason_code = :reasonCode, message = :message, last_change = :lastChange,"
          + " written_state_json = :writtenStateJson, create_started_at = :createStartedAt,"
          + " updated_at = :updatedAt"
          + " WHERE integration_id = :integrationId AND hibob_id = :hibobId";
  private static final String INSERT =
      "INSERT INTO people ("
          + COLUMNS
          + ") VALUES (:integrationId, :hibobId, :displayName, :email, :syncType, :remoteId,"
          + " :remoteStatus, :status, :reasonCode, :message, :lastChange, :writtenStateJson,"
          + " :createStartedAt, :updatedAt)";

  private final Db db;
  private final Clock clock;

  People(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Everyone in the integration, by HiBob id. */
  public List<PersonRecord> all(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read people of integration " + integrationId,
        handle ->
            select(handle, "integration_id = :integrationId ORDER BY hibob_id", integrationId)
                .map(People::map)
                .list());
  }

  /** The person with this HiBob id. */
  public Optional<PersonRecord> find(String integrationId, String hibobId) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobId, "hibobId");
    return db.withHandle(
        "read person " + hibobId,
        handle ->
            select(handle, "integration_id = :integrationId AND hibob_id = :id", integrationId)
                .bind("id", hibobId)
                .map(People::map)
                .findOne());
  }

  /** The person linked to this Remote employment. */
  public Optional<PersonRecord> findByRemoteId(String integrationId, String remoteId) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(remoteId, "remoteId");
    return db.withHandle(
        "read person linked to Remote employment " + remoteId,
        handle ->
            select(handle, "integration_id = :integrationId AND remote_id = :id", integrationId)
                .bind("id", remoteId)
                .map(People::map)
                .findOne());
  }

  /** Inserts or replaces the person; {@code updatedAt} is set to now. */
  public void save(PersonRecord p) {
    Objects.requireNonNull(p, "p");
    saveAll(List.of(p));
  }

  /** Inserts or replaces all of them in one transaction; {@code updatedAt} is set to now. */
  public void saveAll(Collection<PersonRecord> people) {
    Objects.requireNonNull(people, "people");
    if (people.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Map<List<String>, PersonRecord> latest = new LinkedHashMap<>();
    for (PersonRecord p : people) {
      Objects.requireNonNull(p.status(), () -> "status of person " + p.hibobId());
      latest.put(List.of(p.integrationId(), p.hibobId()), p);
    }
    List<PersonRecord> records = new ArrayList<>(latest.values());
    try {
      db.useTransaction(
          "save " + records.size() + " people",
          handle -> {
            List<PersonRecord> missing = new ArrayList<>();
            int[] updated = batch(handle, UPDATE, records, now).execute();
            for (int i = 0; i < records.size(); i++) {
              if (updated[i] == 0) {
                missing.add(records.get(i));
              }
            }
            if (!missing.isEmpty()) {
              batch(handle, INSERT, missing, now).execute();
            }
          });
    } catch (StoreException e) {
      throw Db.isUniqueViolation(e) ? linkConflict(records, e) : e;
    }
  }

  /** Deletes these people of the integration; unknown ids are ignored. */
  public void delete(String integrationId, Collection<String> hibobIds) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobIds, "hibobIds");
    if (hibobIds.isEmpty()) {
      return;
    }
    db.useTransaction(
        "delete " + hibobIds.size() + " people",
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  "DELETE FROM people WHERE integration_id = :integrationId AND hibob_id = :id");
          hibobIds.forEach(id -> batch.bind("integrationId", integrationId).bind("id", id).add());
          batch.execute();
        });
  }

  /** One page of the people matching {@code q}, by display name, and how many match in all. */
  public Page<PersonRecord> search(String integrationId, PersonQuery q) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(q, "q");
    StringBuilder where = new StringBuilder("integration_id = :integrationId");
    if (q.status() != null) {
      where.append(" AND status = :status");
    }
    if (q.change() != null) {
      // the run's audit trail says whom it created or updated; its counts count them as synced
      where.append(
          " AND status = 'synced' AND hibob_id IN (SELECT subject FROM audit_log"
              + " WHERE integration_id = :integrationId AND run_id = :runId AND target = 'remote'"
              + (q.change().equals(PersonQuery.CREATED)
                  ? " AND action = 'create_employment')"
                  : " AND action = 'update_employment')"));
    }
    String pattern = q.text() == null || q.text().isBlank() ? null : likePattern(q.text());
    if (pattern != null) {
      where.append(
          " AND (LOWER(display_name) LIKE :pattern ESCAPE '!'"
              + " OR LOWER(email) LIKE :pattern ESCAPE '!')");
    }
    return db.withHandle(
        "search people of integration " + integrationId,
        handle -> {
          Query count = handle.createQuery("SELECT COUNT(*) FROM people WHERE " + where);
          int total =
              bindFilters(count, q, pattern)
                  .bind("integrationId", integrationId)
                  .mapTo(int.class)
                  .one();
          String page =
              where + " ORDER BY LOWER(display_name), hibob_id LIMIT :limit OFFSET :offset";
          List<PersonRecord> items =
              bindFilters(select(handle, page, integrationId), q, pattern)
                  .bind("limit", q.limit())
                  .bind("offset", q.offset())
                  .map(People::map)
                  .list();
          return new Page<>(items, total);
        });
  }

  /** How many people have each status. */
  public Map<String, Integer> countByStatus(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "count people of integration " + integrationId,
        handle -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          handle
              .createQuery(
                  "SELECT status, COUNT(*) AS n FROM people WHERE integration_id = :integrationId"
                      + " GROUP BY status ORDER BY status")
              .bind("integrationId", integrationId)
              .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }

  private static Query select(Handle handle, String where, String integrationId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM people WHERE " + where)
        .bind("integrationId", integrationId);
  }

  private static Query bindFilters(Query query, PersonQuery q, String pattern) {
    if (q.status() != null) {
      query.bind("status", q.status());
    }
    if (q.change() != null) {
      query.bind("runId", q.runId());
    }
    return pattern == null ? query : query.bind("pattern", pattern);
  }

  private static PreparedBatch batch(
      Handle handle, String sql, List<PersonRecord> records, Instant now) {
    PreparedBatch batch = handle.prepareBatch(sql);
    records.forEach(p -> batch.bindMethods(p).bind("updatedAt", now).add());
    return batch;
  }

  private static String likePattern(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  // Says which person already holds which Remote id; read after the failed transaction is gone.
  private RemoteLinkConflictException linkConflict(List<PersonRecord> records, StoreException e) {
    Map<List<String>, String> holders = new LinkedHashMap<>();
    for (PersonRecord p : records) {
      if (p.remoteId() == null) {
        continue;
      }
      List<String> key = List.of(p.integrationId(), p.remoteId());
      String holder = holders.get(key);
      if (holder == null) {
        holder =
            findByRemoteId(p.integrationId(), p.remoteId()).map(PersonRecord::hibobId).orElse(null);
      }
      if (holder != null && !holder.equals(p.hibobId())) {
        return new RemoteLinkConflictException(
            "Remote employment "
                + p.remoteId()
                + " is already linked to HiBob person "
                + holder
                + " in integration "
                + p.integrationId()
                + "; it cannot also be linked to HiBob"
                + " person "
                + p.hibobId(),
            e);
      }
      holders.put(key, p.hibobId());
    }
    return new RemoteLinkConflictException(
        "saving " + records.size() + " people would link a Remote employment to two HiBob people",
        e);
  }

  private static PersonRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new PersonRecord(
        rs.getString("integration_id"),
        rs.getString("hibob_id"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("sync_type"),
        rs.getString("remote_id"),
        rs.getString("remote_status"),
        rs.getString("status"),
        rs.getString("reason_code"),
        rs.getString("message"),
        rs.getString("last_change"),
        rs.getString("written_state_json"),
        Db.instant(rs, "create_started_at"),
        Db.instant(rs, "updated_at"));
  }
}
