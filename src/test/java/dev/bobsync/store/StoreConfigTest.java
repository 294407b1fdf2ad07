package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

  @TempDir Path dir;

  @Test
  void withoutDatabaseUrlTheStoreIsAnH2FileInTheDataDirectory() {
    Path dataDir = dir.resolve("not/yet/there");

    StoreConfig config = StoreConfig.fromEnvironment(Map.of(), dataDir);

    assertThat(dataDir).isDirectory();
    assertThat(config.jdbcUrl())
        .isEqualTo(
            "jdbc:h2:file:"
                + dataDir.toAbsolutePath().resolve("bobsync")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    assertThat(config.postgres()).isFalse();
  }

  @Test
  void databaseUrlUserAndPasswordComeFromTheEnvironment() {
    StoreConfig config =
        StoreConfig.fromEnvironment(
            Map.of(
                "BOBSYNC_DB_URL", "jdbc:postgresql://db:5432/bobsync",
                "BOBSYNC_DB_USER", "bob",
                "BOBSYNC_DB_PASSWORD", "pg-secret",
                "BOBSYNC_MASTER_KEY", KEY),
            dir);

    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/bobsync");
    assertThat(config.user()).isEqualTo("bob");
    assertThat(config.password()).isEqualTo("pg-secret");
    assertThat(config.postgres()).isTrue();
  }

  @Test
  void aDatabaseUrlThatIsNotPostgresIsRefused() {
    assertThatThrownBy(
            () ->
                StoreConfig.fromEnvironment(
                    Map.of("BOBSYNC_DB_URL", "mysql://db/x?password=pw1"), dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("PostgreSQL JDBC URL")
        .hasMessageNotContaining("pw1");
  }

  @Test
  void C4_keyFileIsCreatedOwnerOnlyAndReused() throws Exception {
    MasterKey first = StoreConfig.fromEnvironment(Map.of(), dir).masterKey();

    Path keyFile = dir.resolve("master.key");
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(first.file()).contains(keyFile);
    assertThat(first.bytes()).hasSize(32);
    MasterKey again = StoreConfig.fromEnvironment(Map.of(), dir).masterKey();
    assertThat(again.bytes()).isEqualTo(first.bytes());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("master.key");
    }
  }

  @Test
  void C4_environmentKeyWinsOverTheKeyFile() {
    MasterKey fromFile = StoreConfig.fromEnvironment(Map.of(), dir).masterKey();

    MasterKey fromEnv =
        StoreConfig.fromEnvironment(Map.of("BOBSYNC_MASTER_KEY", KEY + "\n"), dir).masterKey();

    assertThat(fromEnv.bytes()).isEqualTo(Base64.getDecoder().decode(KEY));
    assertThat(fromEnv.bytes()).isNotEqualTo(fromFile.bytes());
    assertThat(fromEnv.source()).isEqualTo("BOBSYNC_MASTER_KEY");
    assertThat(fromEnv.file()).isEmpty();
  }

  @Test
  void C4_environmentKeyCreatesNoKeyFile() {
    StoreConfig.fromEnvironment(Map.of("BOBSYNC_MASTER_KEY", KEY), dir);

    assertThat(dir.resolve("master.key")).doesNotExist();
  }

  @Test
  void C4_malformedKeyIsAClearErrorNamingTheVariable() {
    String shortKey = Base64.getEncoder().encodeToString("sixteen-bytes-ky".getBytes());

    assertThatThrownBy(
            () -> StoreConfig.fromEnvironment(Map.of("BOBSYNC_MASTER_KEY", "not base64!"), dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("BOBSYNC_MASTER_KEY is not valid base64")
        .hasMessageContaining("openssl rand -base64 32")
        .hasMessageNotContaining("not base64!");
    assertThatThrownBy(
            () -> StoreConfig.fromEnvironment(Map.of("BOBSYNC_MASTER_KEY", shortKey), dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("BOBSYNC_MASTER_KEY decodes to 16 bytes")
        .hasMessageNotContaining(shortKey);
  }

  @Test
  void C4_malformedKeyFileIsAClearErrorNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("master.key"), "garbage");

    assertThatThrownBy(() -> StoreConfig.fromEnvironment(Map.of(), dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("master key file " + dir.resolve("master.key"))
        .hasMessageNotContaining("garbage");
  }

  @Test
  void C4_toStringShowsNoSecret() {
    StoreConfig config =
        StoreConfig.fromEnvironment(
            Map.of(
                "BOBSYNC_DB_URL", "jdbc:postgresql://db/bobsync?sslmode=require&password=url-pw",
                "BOBSYNC_DB_PASSWORD", "pg-secret",
                "BOBSYNC_MASTER_KEY", KEY),
            dir);

    assertThat(config.toString())
        .contains("jdbc:postgresql://db/bobsync?sslmode=require&password=[masked]")
        .contains("BOBSYNC_MASTER_KEY")
        .doesNotContain("url-pw", "pg-secret", KEY);
    assertThat(config.masterKey().toString()).doesNotContain(KEY);
  }

  @Test
  void C4_dataDirectoryIsOwnerOnlyAndTheDatabaseFilesToo() throws Exception {
    Path dataDir = dir.resolve("data");
    StoreConfig config = StoreConfig.fromEnvironment(Map.of(), dataDir);

    try (Store store = Store.open(config, java.time.Clock.systemUTC())) {
      store.workspaces().defaultWorkspace();
    }

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
    try (var files = Files.list(dataDir)) {
      assertThat(files.toList())
          .isNotEmpty()
          .allSatisfy(
              f ->
                  assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                      .as(f.getFileName().toString())
                      .isEqualTo("rw-------"));
    }
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no trace file keeps statements and their values")
          .noneMatch(n -> n.endsWith(".trace.db"));
    }
  }
}
