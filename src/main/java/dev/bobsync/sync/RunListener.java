package dev.bobsync.sync;

import dev.bobsync.store.Integration;

/**
 * Told after every run that was not a dry run (alerts, the "Remote status" field in HiBob). What a
 * listener does never changes the run's outcome: its failures are logged and forgotten.
 */
@FunctionalInterface
public interface RunListener {
  void afterRun(Integration integration, SyncOptions options, IntegrationSync.Report report);
}
