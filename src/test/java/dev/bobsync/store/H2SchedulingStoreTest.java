package dev.bobsync.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** What scheduling keeps in the store, on an H2 file database. */
class H2SchedulingStoreTest extends SchedulingStoreContractTest {
  @TempDir static Path dataDir;

  @Override
  StoreConfig config(MasterKey key) {
    return TestDatabases.h2(dataDir, key);
  }
}
