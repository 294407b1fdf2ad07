package dev.bobsync.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bobsync.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The database: a small connection pool, the Flyway migrations, and Jdbi calls whose failures
 * become {@link StoreException}s naming the operation (never the bound values).
 */
public final class Db implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Db(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    jdbi.registerArgument(new InstantArgumentFactory());
  }

  /** Connects (pool of at most 5) and applies the migrations in {@code db/migration}. */
  public static Db open(String jdbcUrl, String user, String password, String displayUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(5);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setPoolName("bobsync-store");
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot connect to database " + displayUrl + ": " + message(e) + damagedHint(jdbcUrl, e),
          e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("cannot migrate database " + displayUrl + ": " + message(e), e);
    }
    return new Db(dataSource);
  }

  /** The pooled data source, for components that keep their own tables. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code callback} on a handle in auto-commit mode; {@code what} names it in errors. */
  public <R> R withHandle(String what, HandleCallback<R, RuntimeException> callback) {
    try {
      return jdbi.withHandle(callback);
    } catch (JdbiException e) {
      throw new StoreException(what + " failed: " + message(e), e);
    }
  }

  /** Runs {@code callback} in one transaction; {@code what} names it in errors. */
  public <R> R inTransaction(String what, HandleCallback<R, RuntimeException> callback) {
    return withHandle(what, handle -> handle.inTransaction(callback));
  }

  /** Like {@link #inTransaction} for work without a result. */
  public void useTransaction(String what, HandleWork work) {
    inTransaction(
        what,
        handle -> {
          work.useHandle(handle);
          return null;
        });
  }

  /** Whether {@code e} was caused by a unique or primary key violation (SQLSTATE 23505). */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** What to do when H2 finds its file damaged (a disk failure, a copy taken mid-write). */
  private static String damagedHint(String jdbcUrl, Throwable e) {
    boolean damaged =
        jdbcUrl.startsWith("jdbc:h2:") && message(e).toLowerCase(Locale.ROOT).contains("corrupt");
    return damaged
        ? ". The database file is damaged: stop every bobsync process using this data directory,"
            + " then restore the directory from a backup, or move bobsync.mv.db aside and start"
            + " again with an empty store (the next sync finds every employment and time-off"
            + " booking again in Remote; see docs/configuration.md)"
        : "";
  }

  /**
   * What went wrong, without the database's own message: H2 and PostgreSQL put the statement and
   * the values in it (names, e-mails of a whole batch), so a SQL failure is told by its SQLSTATE.
   */
  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sqlProblem(sql);
      }
    }
    Throwable deepest = e;
    while (deepest.getCause() != null) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return message == null ? deepest.getClass().getSimpleName() : message.strip();
  }

  private static String sqlProblem(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String what =
        switch (state) {
          case "22001" -> "a value is longer than its column allows";
          case "22021", "22P05" -> "a value holds a character the database cannot store";
          case "23502" -> "a required value is missing";
          case "23505" -> "a row with this key exists already";
          case "23503" -> "a row it refers to does not exist";
          case "40001", "40P01" -> "it conflicted with another transaction";
          default -> null;
        };
    if (what != null) {
      return what + " (SQLSTATE " + state + ")";
    }
    if (state.startsWith("08")
        || state.startsWith("28")
        || state.startsWith("3D")
        || state.startsWith("42")
        || state.startsWith("90")) {
      // connection, authentication, unknown database, schema problems: no person's data in them
      String message = e.getMessage() == null ? "" : e.getMessage().split("\\R", 2)[0];
      return message.replaceAll("(?i)sql statement:.*", "").strip() + " (SQLSTATE " + state + ")";
    }
    return "database error (SQLSTATE " + (state.isEmpty() ? "unknown" : state) + ")";
  }

  /** Work on a handle that returns nothing. */
  @FunctionalInterface
  public interface HandleWork {
    void useHandle(Handle handle);
  }

  // Instants are stored as UTC timestamps with microsecond precision, the finest both H2 and
  // PostgreSQL keep, so what is read back equals what was written.
  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime utc = value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
      return (position, statement, context) -> statement.setObject(position, utc);
    }
  }
}
