package dev.bobsync.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an H2 file database, bobsync's default. */
class H2StoreTest extends StoreContractTest {
  @TempDir static Path dataDir;

  @Override
  StoreConfig config(MasterKey key) {
    return TestDatabases.h2(dataDir, key);
  }
}
