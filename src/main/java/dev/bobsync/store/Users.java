package dev.bobsync.store;

import dev.bobsync.access.Role;
import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The people who log in. Passwords arrive already hashed; this class never sees one in clear. */
public final class Users {
  private static final String COLUMNS =
      "id, workspace_id, email, name, created_at, last_login_at, role";

  private final Db db;
  private final Clock clock;

  Users(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new admin; e-mails are unique (compared lower-cased) across workspaces. */
  public User create(String workspaceId, String email, String name, String passwordHash) {
    Objects.requireNonNull(passwordHash, "passwordHash");
    return create(workspaceId, email, name, passwordHash, Role.ADMIN);
  }

  /**
   * A new user with a role; a null {@code passwordHash} is someone who signs in with the identity
   * provider only.
   */
  public User create(
      String workspaceId, String email, String name, String passwordHash, Role role) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(role, "role");
    User user =
        new User(
            UUID.randomUUID().toString(),
            workspaceId,
            normalize(email),
            name,
            clock.instant(),
            null,
            role);
    try {
      db.useTransaction(
          "create user",
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO users (id, workspace_id, email, name, password_hash, created_at,"
                          + " role) VALUES (:id, :workspaceId, :email, :name, :hash, :createdAt,"
                          + " :roleCode)")
                  .bindMethods(user)
                  .bind("hash", passwordHash)
                  .bind("roleCode", role.code())
                  .execute());
    } catch (StoreException e) {
      if (Db.isUniqueViolation(e)) {
        throw new StoreException("a user with the e-mail " + user.email() + " already exists", e);
      }
      throw e;
    }
    return user;
  }

  public Optional<User> byEmail(String email) {
    return db.withHandle(
        "read user",
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", normalize(email))
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  public Optional<User> byId(String id) {
    return db.withHandle(
        "read user",
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  /** The stored bcrypt hash, for checking a login. */
  public Optional<String> passwordHash(String userId) {
    return db.withHandle(
        "read password hash",
        handle ->
            handle
                .createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
  }

  public void setPasswordHash(String userId, String passwordHash) {
    db.useTransaction(
        "change password",
        handle ->
            handle
                .createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", userId)
                .execute());
  }

  public void loggedIn(String userId) {
    db.useTransaction(
        "record login",
        handle ->
            handle
                .createUpdate("UPDATE users SET last_login_at = :at WHERE id = :id")
                .bind("at", clock.instant())
                .bind("id", userId)
                .execute());
  }

  /** Changes someone's role; false when there is no such user. */
  public boolean setRole(String userId, Role role) {
    return db.withHandle(
            "change role",
            handle ->
                handle
                    .createUpdate("UPDATE users SET role = :role WHERE id = :id")
                    .bind("role", role.code())
                    .bind("id", userId)
                    .execute())
        > 0;
  }

  /** The workspace's users, by e-mail. */
  public List<User> list(String workspaceId) {
    return db.withHandle(
        "list users",
        handle ->
            handle
                .createQuery(
                    "SELECT " + COLUMNS + " FROM users WHERE workspace_id = :ws ORDER BY email")
                .bind("ws", workspaceId)
                .map((rs, ctx) -> map(rs))
                .list());
  }

  /** How many users exist, in every workspace. */
  public int count() {
    return db.withHandle(
        "count users",
        handle -> handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one());
  }

  private static String normalize(String email) {
    return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
  }

  private static User map(ResultSet rs) throws SQLException {
    return new User(
        rs.getString("id"),
        rs.getString("workspace_id"),
        rs.getString("email"),
        rs.getString("name"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "last_login_at"),
        Role.parse(rs.getString("role")));
  }
}
