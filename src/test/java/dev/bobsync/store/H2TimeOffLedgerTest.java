package dev.bobsync.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The time-off ledger on an H2 file database, bobsync's default. */
class H2TimeOffLedgerTest extends TimeOffLedgerContractTest {
  @TempDir static Path dataDir;

  @Override
  StoreConfig config(MasterKey key) {
    return TestDatabases.h2(dataDir, key);
  }
}
