package dev.bobsync.scheduling;

import dev.bobsync.store.MasterKey;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.TestDatabases;

/** The scheduler on PostgreSQL, in a schema of its own. */
class PostgresSyncSchedulerTest extends SyncSchedulerContractTest {
  private TestDatabases.PostgresSchema schema;

  @Override
  StoreConfig config(MasterKey key) {
    if (schema == null) {
      schema = TestDatabases.postgresSchema();
    }
    return schema.config(key);
  }

  @Override
  void dropDatabase() {
    if (schema != null) {
      schema.close();
    }
  }
}
