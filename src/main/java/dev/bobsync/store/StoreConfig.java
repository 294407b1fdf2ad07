package dev.bobsync.store;

import dev.bobsync.store.internal.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives and the key that encrypts credentials. {@code user} and {@code password}
 * may be null (the driver's defaults, or the URL's own parameters apply).
 */
public record StoreConfig(String jdbcUrl, String user, String password, MasterKey masterKey) {
  /** A PostgreSQL JDBC URL; when unset, an H2 file database in the data directory is used. */
  public static final String DB_URL = "BOBSYNC_DB_URL";

  public static final String DB_USER = "BOBSYNC_DB_USER";
  public static final String DB_PASSWORD = "BOBSYNC_DB_PASSWORD";

  /** The H2 database's file name without its extensions. */
  public static final String H2_NAME = "bobsync";

  public StoreConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(masterKey, "masterKey");
    if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
      throw new StoreException(
          "database URL must be a PostgreSQL JDBC URL such as"
              + " jdbc:postgresql://db.example.com:5432/bobsync, got "
              + maskUrl(jdbcUrl));
    }
  }

  /**
   * Reads {@code BOBSYNC_DB_*} and {@code BOBSYNC_MASTER_KEY}; creates {@code dataDir} if missing.
   */
  public static StoreConfig fromEnvironment(Map<String, String> env, Path dataDir) {
    Objects.requireNonNull(env, "env");
    createDirectories(Objects.requireNonNull(dataDir, "dataDir"));
    String envKey = value(env, MasterKey.ENV);
    MasterKey key =
        envKey != null
            ? MasterKey.fromBase64(envKey, MasterKey.ENV)
            : MasterKey.fromFile(dataDir.resolve(MasterKey.FILE_NAME));
    String url = value(env, DB_URL);
    if (url == null) {
      return h2(dataDir, key);
    }
    return new StoreConfig(url, value(env, DB_USER), value(env, DB_PASSWORD), key);
  }

  /**
   * An H2 file database {@code bobsync} in {@code dataDir}, openable by several processes. {@code
   * WRITE_DELAY=0}: every commit is written to the file before the statement returns (H2's default
   * keeps commits in memory for up to half a second, and a killed process loses them); {@code
   * TRACE_LEVEL_FILE=0}: no trace file, which would keep failed statements with their values.
   */
  public static StoreConfig h2(Path dataDir, MasterKey key) {
    createDirectories(Objects.requireNonNull(dataDir, "dataDir"));
    String url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().normalize().resolve(H2_NAME)
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
            + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    return new StoreConfig(url, "sa", "", key);
  }

  /** The H2 database's directory, or empty for PostgreSQL and in-memory databases. */
  public Optional<Path> h2Directory() {
    if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
      return Optional.empty();
    }
    String file = jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0];
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return Optional.ofNullable(parent);
  }

  /** Whether this is a PostgreSQL database (shared by instances) rather than a local H2 file. */
  public boolean postgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "StoreConfig[jdbcUrl="
        + maskUrl(jdbcUrl)
        + ", user="
        + user
        + ", password="
        + (password == null || password.isEmpty() ? "(none)" : "[masked]")
        + ", masterKey="
        + masterKey
        + "]";
  }

  static String maskUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1[masked]");
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void createDirectories(Path dir) {
    try {
      OwnerOnly.directory(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create data directory " + dir + ": " + e, e);
    }
  }
}
