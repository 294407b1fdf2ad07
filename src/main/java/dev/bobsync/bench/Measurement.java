package dev.bobsync.bench;

import dev.bobsync.sync.SyncReport;
import java.util.Map;

/**
 * What one scenario measured on one company under one profile.
 *
 * @param calls the requests the emulators received, retries and 429s included
 * @param peopleCalls the calls bobsync counted in the employee sync
 * @param timeOffCalls the calls bobsync counted in the time-off sync
 * @param minimum the fewest calls any correct sync needs
 * @param wallSeconds on the profile's clock: virtual seconds (real time plus the waits skipped) for
 *     the realistic and partner profiles, real seconds for throughput
 * @param realSeconds how long it really took
 * @param cpu CPU seconds of the sync's threads and of the whole process
 * @param heap the heap around the run, whole process (emulators included)
 * @param remoteByRoute requests the Remote emulator received, by route
 * @param hibobByRoute requests the HiBob emulator received, by route
 * @param hibobRateLimited how many of {@code calls.rateLimited()} HiBob refused
 * @param problem how the sync's outcome differs from what the scenario expects, or {@code null}
 */
record Measurement(
    Profile profile,
    int people,
    int selected,
    Scenario scenario,
    SyncReport.Calls calls,
    SyncReport.Calls peopleCalls,
    SyncReport.Calls timeOffCalls,
    MinimumCalls minimum,
    double wallSeconds,
    double realSeconds,
    CpuWatch.Cpu cpu,
    HeapWatch.Heap heap,
    long databaseBytes,
    SyncReport.Counts outcome,
    Map<String, Long> remoteByRoute,
    Map<String, Long> hibobByRoute,
    long hibobRateLimited,
    String problem) {

  Measurement {
    remoteByRoute = Map.copyOf(remoteByRoute);
    hibobByRoute = Map.copyOf(hibobByRoute);
  }

  int actualTotal() {
    return calls.hibob() + calls.remote();
  }

  /** Calls made per call needed; 1.0 is perfect. */
  double callsRatio() {
    return ratio(actualTotal(), minimum.total());
  }

  /** The same for the employee sync alone. */
  double peopleRatio() {
    return ratio(peopleCalls.hibob() + peopleCalls.remote(), minimum.people());
  }

  int timeOffTotal() {
    return timeOffCalls.hibob() + timeOffCalls.remote();
  }

  /**
   * The fastest any correct sync can be at the profile's limits: the minimum calls of each API over
   * its limit per minute, whichever takes longer.
   */
  double boundSeconds() {
    double remote = 60.0 * minimum.remote() / profile.remotePerMinute();
    double hibob = 60.0 * minimum.hibobTotal() / profile.hibobPerMinute();
    return Math.max(remote, hibob);
  }

  /** Wall time over the bound; NaN when the bound is zero. */
  double wallRatio() {
    double bound = boundSeconds();
    return bound <= 0 ? Double.NaN : wallSeconds / bound;
  }

  static double ratio(double actual, double minimum) {
    if (minimum == 0) {
      return actual == 0 ? 1.0 : Double.POSITIVE_INFINITY;
    }
    return actual / minimum;
  }
}
