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
      throw new StoreException("cannot connect to database " + displayUrl + ": " + message(e), e);
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

  private static String message(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException || t.getCause() == null) {
        deepest = t;
        break;
      }
    }
    String message = deepest.getMessage();
    return message == null ? deepest.getClass().getSimpleName() : message.strip();
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
