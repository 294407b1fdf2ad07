package dev.bobsync.store;

/** The time-off ledger on PostgreSQL, in a schema of its own that is dropped afterwards. */
class PostgresTimeOffLedgerTest extends TimeOffLedgerContractTest {
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
