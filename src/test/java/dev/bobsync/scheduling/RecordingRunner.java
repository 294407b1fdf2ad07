package dev.bobsync.scheduling;

import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A runner that records its runs as the real one does (a {@code sync_runs} row each), can be held
 * mid-run, and notices two runs of one integration at the same time.
 */
final class RecordingRunner implements IntegrationRunner {
  record Call(String integrationId, String trigger, String node, Set<String> people) {}

  private final Store store;
  private final List<Call> calls = new ArrayList<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final List<String> overlaps = new ArrayList<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile Duration each = Duration.ZERO;

  RecordingRunner(Store store) {
    this.store = store;
  }

  /** Holds every run that starts from now on until {@link #release()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void release() {
    gate.countDown();
  }

  /** Makes every run take at least {@code d}. */
  void slowDown(Duration d) {
    each = d;
  }

  @Override
  public SyncReport run(Integration integration, SyncOptions options) {
    if (!inFlight.add(integration.id())) {
      synchronized (this) {
        overlaps.add(integration.id());
      }
    }
    try {
      SyncRun run =
          store.runs().start(integration.id(), "remote", options.trigger(), options.node());
      synchronized (this) {
        calls.add(new Call(integration.id(), options.trigger(), options.node(), options.people()));
      }
      Thread.sleep(each.toMillis());
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("held for too long");
      }
      store.runs().finish(run.id(), "succeeded", "{}", 1, 1, null);
      return report(integration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      inFlight.remove(integration.id());
    }
  }

  synchronized List<Call> calls(String integrationId) {
    return calls.stream().filter(c -> c.integrationId().equals(integrationId)).toList();
  }

  synchronized List<String> overlaps() {
    return List.copyOf(overlaps);
  }

  boolean running(String integrationId) {
    return inFlight.contains(integrationId);
  }

  private static SyncReport report(Integration integration) {
    return new SyncReport(
        integration.name(),
        null,
        false,
        new SyncReport.Counts(0, 0, 0, 1, 0, 0, 0, 0),
        List.of(),
        List.of(),
        new SyncReport.Calls(1, 1, 0, 0),
        Duration.ZERO,
        List.of(),
        null);
  }
}
