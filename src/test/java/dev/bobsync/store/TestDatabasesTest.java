package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestDatabasesTest {
  static final String NOWHERE = "jdbc:postgresql://127.0.0.1:9/postgres";

  @Test
  void postgresTestsAreSkippedWithAClearMessageWhenNoneAnswers() {
    assertThatThrownBy(() -> TestDatabases.postgresSchema(Map.of("BOBSYNC_TEST_DB_URL", NOWHERE)))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("PostgreSQL tests skipped: no PostgreSQL answers at " + NOWHERE)
        .hasMessageContaining("BOBSYNC_REQUIRE_POSTGRES=true");
  }

  @Test
  void postgresTestsFailWhenPostgresIsRequiredAndNoneAnswers() {
    Map<String, String> env =
        Map.of("BOBSYNC_TEST_DB_URL", NOWHERE, "BOBSYNC_REQUIRE_POSTGRES", "true");

    assertThatThrownBy(() -> TestDatabases.postgresSchema(env))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("BOBSYNC_REQUIRE_POSTGRES=true but no PostgreSQL answers");
  }
}
