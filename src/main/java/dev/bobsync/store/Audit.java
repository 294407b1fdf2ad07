package dev.bobsync.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.internal.Db;
import dev.bobsync.store.internal.SecretMasker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** The audit log: every write made to Remote or HiBob, with secrets masked. */
public final class Audit {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, integration_id, run_id, at, actor, target, action, subject, remote_id, fields,"
          + " before_json, after_json";

  private final Db db;
  private final Clock clock;
  private final ObjectMapper json;
  private final SecretMasker masker;

  Audit(Db db, Clock clock, ObjectMapper json, SecretMasker masker) {
    this.db = db;
    this.clock = clock;
    this.json = json;
    this.masker = masker;
  }

  /**
   * Records a write. Secret values (SSN, tax id, tokens, passwords...) in the before/after JSON are
   * masked whatever the caller passed; a null {@code at} means now.
   */
  public void record(AuditEntry e) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(e.integrationId(), "integrationId");
    Objects.requireNonNull(e.actor(), "actor");
    Objects.requireNonNull(e.target(), "target");
    Objects.requireNonNull(e.action(), "action");
    String what = "audit entry " + e.action() + " of " + e.subject();
    String before = masker.mask(e.beforeJson(), what + ": beforeJson");
    String after = masker.mask(e.afterJson(), what + ": afterJson");
    db.withHandle(
        "record " + what,
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO audit_log (integration_id, run_id, at, actor, target, action,"
                        + " subject, remote_id, fields, before_json, after_json) VALUES"
                        + " (:integrationId, :runId, :at, :actor, :target, :action, :subject,"
                        + " :remoteId, :fieldsJson, :before, :after)")
                .bindMethods(e)
                .bind("at", e.at() != null ? e.at() : clock.instant())
                .bind("fieldsJson", write(e.fields()))
                .bind("before", before)
                .bind("after", after)
                .execute());
  }

  /** A page of the integration's audit entries, newest first. */
  public List<AuditEntry> list(String integrationId, int limit, int offset) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read audit of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM audit_log WHERE integration_id = :integrationId"
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("integrationId", integrationId)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(this::map)
                .list());
  }

  /** When bobsync last wrote the Remote employment {@code remoteId}, if it ever did. */
  public Optional<Instant> lastRemoteWrite(String integrationId, String remoteId) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(remoteId, "remoteId");
    return db.withHandle(
        "read the last write to employment " + remoteId,
        handle ->
            handle
                .createQuery(
                    "SELECT MAX(at) AS last_at FROM audit_log WHERE integration_id = :integrationId"
                        + " AND target = 'remote' AND remote_id = :remoteId")
                .bind("integrationId", integrationId)
                .bind("remoteId", remoteId)
                .map((rs, ctx) -> Db.instant(rs, "last_at"))
                .findOne());
  }

  /** How many audit entries the integration has. */
  public int count(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "count audit of integration " + integrationId,
        handle ->
            handle
                .createQuery("SELECT COUNT(*) FROM audit_log WHERE integration_id = :integrationId")
                .bind("integrationId", integrationId)
                .mapTo(int.class)
                .one());
  }

  private String write(List<String> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write audit field names as JSON", e);
    }
  }

  private AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    List<String> fields;
    try {
      fields = json.readValue(rs.getString("fields"), STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("audit entry " + rs.getLong("id") + " has malformed fields", e);
    }
    return new AuditEntry(
        rs.getLong("id"),
        rs.getString("integration_id"),
        rs.getString("run_id"),
        Db.instant(rs, "at"),
        rs.getString("actor"),
        rs.getString("target"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("remote_id"),
        fields,
        rs.getString("before_json"),
        rs.getString("after_json"));
  }
}
