package dev.bobsync.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while one sync runs: what a full collection left before it (the emulators, the
 * store, earlier runs), the most it held (sampled every few milliseconds) and the most that was
 * left after a collection during it, which is what the process really needed.
 */
final class HeapWatch implements AutoCloseable {
  /** Heap figures of one watch, in bytes. */
  record Heap(long baseline, long peakUsed, long peakAfterGc) {}

  private static final long SAMPLE_MILLIS = 5;

  private long baseline;
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener onGc = this::gcDone;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(onGc, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "bench-heap-sampler");
    sampler.setDaemon(true);
  }

  /** Collects garbage, then starts watching. */
  static HeapWatch start() {
    System.gc();
    HeapWatch watch = new HeapWatch();
    watch.baseline = used();
    watch.peakUsed.set(watch.baseline);
    watch.peakAfterGc.set(watch.baseline);
    watch.sampler.start();
    return watch;
  }

  /** Stops watching; the figures since the start. */
  Heap stop() {
    close();
    peakUsed.accumulateAndGet(used(), Math::max);
    return new Heap(baseline, peakUsed.get(), peakAfterGc.get());
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(onGc);
      } catch (ListenerNotFoundException alreadyGone) {
        // closed twice: nothing left to remove
      }
    }
    emitters.clear();
  }

  private void sample() {
    while (running) {
      peakUsed.accumulateAndGet(used(), Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void gcDone(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long before = 0;
    long after = 0;
    for (String pool : heapPools) {
      MemoryUsage b = info.getGcInfo().getMemoryUsageBeforeGc().get(pool);
      MemoryUsage a = info.getGcInfo().getMemoryUsageAfterGc().get(pool);
      before += b == null ? 0 : b.getUsed();
      after += a == null ? 0 : a.getUsed();
    }
    peakUsed.accumulateAndGet(before, Math::max);
    peakAfterGc.accumulateAndGet(after, Math::max);
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
