package dev.bobsync.store;

/** What scheduling keeps in the store, on PostgreSQL in a schema of its own. */
class PostgresSchedulingStoreTest extends SchedulingStoreContractTest {
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
