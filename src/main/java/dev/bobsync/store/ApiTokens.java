package dev.bobsync.store;

import dev.bobsync.access.Scope;
import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** REST API tokens, kept as SHA-256 digests; the token itself is shown once and never stored. */
public final class ApiTokens {
  private static final String COLUMNS =
      "id, workspace_id, name, prefix, created_by, created_at, last_used_at, revoked_at, scopes,"
          + " expires_at, integration_id, export_format";

  private final Db db;
  private final Clock clock;

  ApiTokens(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A token with every scope, for every integration of the workspace, never expiring. */
  public ApiToken create(
      String workspaceId, String name, String tokenHash, String prefix, String createdBy) {
    return create(
        new NewApiToken(
            workspaceId,
            name,
            tokenHash,
            prefix,
            createdBy,
            EnumSet.allOf(Scope.class),
            null,
            null,
            null));
  }

  public ApiToken create(NewApiToken t) {
    ApiToken token =
        new ApiToken(
            UUID.randomUUID().toString(),
            t.workspaceId(),
            t.name().trim(),
            t.prefix(),
            t.createdBy(),
            clock.instant(),
            null,
            null,
            t.scopes(),
            t.expiresAt(),
            t.integrationId(),
            t.exportFormat());
    db.useTransaction(
        "create API token",
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO api_tokens (id, workspace_id, name, token_hash, prefix,"
                        + " created_by, created_at, scopes, expires_at, integration_id,"
                        + " export_format) VALUES (:id, :workspaceId, :name, :hash, :prefix,"
                        + " :createdBy, :createdAt, :scopeCodes, :expiresAt, :integrationId,"
                        + " :exportFormat)")
                .bindMethods(token)
                .bind("hash", t.tokenHash())
                .bind("scopeCodes", Scope.codes(new java.util.TreeSet<>(token.scopes())))
                .execute());
    return token;
  }

  /**
   * The unrevoked token with this digest, marking it used; an expired one is returned too, so that
   * the caller can say it expired.
   */
  public Optional<ApiToken> use(String tokenHash) {
    Optional<ApiToken> token =
        db.withHandle(
            "read API token",
            handle ->
                handle
                    .createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM api_tokens WHERE token_hash = :hash"
                            + " AND revoked_at IS NULL")
                    .bind("hash", tokenHash)
                    .map((rs, ctx) -> map(rs))
                    .findOne());
    token.ifPresent(
        t ->
            db.useTransaction(
                "mark API token used",
                handle ->
                    handle
                        .createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                        .bind("at", clock.instant())
                        .bind("id", t.id())
                        .execute()));
    return token;
  }

  public List<ApiToken> list(String workspaceId) {
    return db.withHandle(
        "list API tokens",
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM api_tokens WHERE workspace_id = :ws"
                        + " ORDER BY created_at DESC")
                .bind("ws", workspaceId)
                .map((rs, ctx) -> map(rs))
                .list());
  }

  /** Revokes a token of this workspace; false when there is none. */
  public boolean revoke(String workspaceId, String id) {
    return db.withHandle(
            "revoke API token",
            handle ->
                handle
                    .createUpdate(
                        "UPDATE api_tokens SET revoked_at = :at WHERE id = :id"
                            + " AND workspace_id = :ws AND revoked_at IS NULL")
                    .bind("at", clock.instant())
                    .bind("id", id)
                    .bind("ws", workspaceId)
                    .execute())
        > 0;
  }

  private static ApiToken map(ResultSet rs) throws SQLException {
    return new ApiToken(
        rs.getString("id"),
        rs.getString("workspace_id"),
        rs.getString("name"),
        rs.getString("prefix"),
        rs.getString("created_by"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "last_used_at"),
        Db.instant(rs, "revoked_at"),
        Scope.parseAll(rs.getString("scopes")),
        Db.instant(rs, "expires_at"),
        rs.getString("integration_id"),
        rs.getString("export_format"));
  }
}
