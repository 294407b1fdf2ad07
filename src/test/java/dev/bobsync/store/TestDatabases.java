package dev.bobsync.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases tests run on: an H2 file database in a directory, or a fresh schema on the test
 * PostgreSQL ({@code BOBSYNC_TEST_DB_URL}, default {@value #DEFAULT_URL}, user {@code postgres}).
 * Where no PostgreSQL answers, PostgreSQL tests are skipped, or fail when {@code
 * BOBSYNC_REQUIRE_POSTGRES=true} (as in CI).
 */
public final class TestDatabases {
  public static final String URL_ENV = "BOBSYNC_TEST_DB_URL";
  public static final String USER_ENV = "BOBSYNC_TEST_DB_USER";
  public static final String PASSWORD_ENV = "BOBSYNC_TEST_DB_PASSWORD";
  public static final String REQUIRE_ENV = "BOBSYNC_REQUIRE_POSTGRES";
  public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";

  private TestDatabases() {}

  /** An H2 file database in {@code dir}, as the product uses by default. */
  public static StoreConfig h2(Path dir, MasterKey key) {
    return StoreConfig.h2(dir, key);
  }

  /**
   * Creates a fresh, empty schema on the test PostgreSQL; close it to drop it. Aborts the calling
   * test (skipped) if no PostgreSQL answers, or fails it if PostgreSQL is required.
   */
  public static PostgresSchema postgresSchema() {
    return postgresSchema(System.getenv());
  }

  static PostgresSchema postgresSchema(Map<String, String> env) {
    String url = env.getOrDefault(URL_ENV, DEFAULT_URL);
    String user = env.getOrDefault(USER_ENV, "postgres");
    String password = env.get(PASSWORD_ENV);
    String schema =
        "bobsync_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = connect(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String problem =
          "no PostgreSQL answers at " + url + " as " + user + " (" + e.getMessage() + ")";
      if (Boolean.parseBoolean(env.getOrDefault(REQUIRE_ENV, "false").toLowerCase(Locale.ROOT))) {
        fail(REQUIRE_ENV + "=true but " + problem + "; start PostgreSQL or set " + URL_ENV);
      }
      String message =
          "PostgreSQL tests skipped: "
              + problem
              + ". Set "
              + URL_ENV
              + " to run them, or "
              + REQUIRE_ENV
              + "=true to fail instead of skipping.";
      System.err.println("WARNING: " + message);
      Assumptions.abort(message);
    }
    return new PostgresSchema(url, user, password, schema);
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, properties);
  }

  /** A schema of its own on the test PostgreSQL; {@link #close()} drops it with its tables. */
  public static final class PostgresSchema implements AutoCloseable {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final String name;

    private PostgresSchema(String baseUrl, String user, String password, String name) {
      this.baseUrl = baseUrl;
      this.user = user;
      this.password = password;
      this.name = name;
    }

    /** The schema's name. */
    public String name() {
      return name;
    }

    /** A JDBC URL whose connections work in this schema. */
    public String jdbcUrl() {
      return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** A store configuration for this schema. */
    public StoreConfig config(MasterKey key) {
      return new StoreConfig(jdbcUrl(), user, password, key);
    }

    @Override
    public void close() {
      try (Connection connection = connect(baseUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schema " + name, e);
      }
    }
  }
}
