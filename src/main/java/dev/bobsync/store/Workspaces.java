package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** The workspaces (tenants). */
public final class Workspaces {
  /** The name given to the default workspace. */
  public static final String DEFAULT_NAME = "default";

  private static final String COLUMNS = "id, name, created_at";

  private final Db db;
  private final Clock clock;

  Workspaces(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The workspace the CLI uses, created on first use. */
  public Workspace defaultWorkspace() {
    return db.withHandle(
        "read default workspace",
        handle -> {
          Optional<Workspace> existing = findDefault(handle);
          if (existing.isPresent()) {
            return existing.get();
          }
          try {
            return insert(handle, DEFAULT_NAME, true);
          } catch (JdbiException e) {
            if (!Db.isUniqueViolation(e)) {
              throw e;
            }
            return findDefault(handle).orElseThrow(() -> e); // another process created it
          }
        });
  }

  /** A new workspace. */
  public Workspace create(String name) {
    Objects.requireNonNull(name, "name");
    return db.withHandle("create workspace " + name, handle -> insert(handle, name, false));
  }

  /** The workspace with this name, if any. */
  public Optional<Workspace> byName(String name) {
    Objects.requireNonNull(name, "name");
    return db.withHandle(
        "read workspace " + name,
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM workspaces WHERE name = :name")
                .bind("name", name)
                .map(Workspaces::map)
                .findFirst());
  }

  /** The workspace with this id. */
  public Optional<Workspace> byId(String id) {
    Objects.requireNonNull(id, "id");
    return db.withHandle(
        "read workspace " + id,
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM workspaces WHERE id = :id")
                .bind("id", id)
                .map(Workspaces::map)
                .findOne());
  }

  private Workspace insert(Handle handle, String name, boolean isDefault) {
    Workspace workspace = new Workspace(UUID.randomUUID().toString(), name, clock.instant());
    handle
        .createUpdate(
            "INSERT INTO workspaces (id, name, is_default, created_at)"
                + " VALUES (:id, :name, :isDefault, :createdAt)")
        .bindMethods(workspace)
        .bind("isDefault", isDefault ? Boolean.TRUE : null)
        .execute();
    return workspace;
  }

  private static Optional<Workspace> findDefault(Handle handle) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM workspaces WHERE is_default = TRUE")
        .map(Workspaces::map)
        .findOne();
  }

  private static Workspace map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Workspace(rs.getString("id"), rs.getString("name"), Db.instant(rs, "created_at"));
  }
}
