package dev.bobsync.store;

/** The store contract on PostgreSQL, in a schema of its own that is dropped afterwards. */
class PostgresStoreTest extends StoreContractTest {
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
