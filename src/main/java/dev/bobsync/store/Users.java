package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The people who log in. Passwords arrive already hashed; this class never sees one in clear. */
public final class Users {
  private static final String COLUMNS = "id, workspace_id, email, name, created_at, last_login_at";

  private final Db db;
  private final Clock clock;

  Users(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new user; e-mails are unique (compared lower-cased) across workspaces. */
  public User create(String workspaceId, String email, String name, String passwordHash) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(passwordHash, "passwordHash");
    User user =
        new User(
            UUID.randomUUID().toString(),
            workspaceId,
            normalize(email),
            name,
            clock.instant(),
            null);
    try {
      db.useTransaction(
          "create user",
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO users (id, workspace_id, email, name, password_hash, created_at)"
                          + " VALUES (:id, :workspaceId, :email, :name, :hash, :createdAt)")
                  .bindMethods(user)
                  .bind("hash", passwordHash)
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
        Db.instant(rs, "last_login_at"));
  }
}
