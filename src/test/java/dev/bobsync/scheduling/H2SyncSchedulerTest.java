package dev.bobsync.scheduling;

import dev.bobsync.store.MasterKey;
import dev.bobsync.store.StoreConfig;
import dev.bobsync.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on an H2 file database, bobsync's default. */
class H2SyncSchedulerTest extends SyncSchedulerContractTest {
  @TempDir static Path dataDir;

  @Override
  StoreConfig config(MasterKey key) {
    return TestDatabases.h2(dataDir, key);
  }
}
