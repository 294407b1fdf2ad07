package dev.bobsync.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of one sync: the thread that runs it plus the threads working for it (bobsync's HTTP
 * client, the H2 store's writer), named by {@code helpers}. The emulators' server threads, the
 * garbage collector and the JIT compiler are left out; the whole process's CPU is counted beside
 * it.
 */
final class CpuWatch {
  /** CPU seconds of the sync's threads and of the whole process. */
  record Cpu(double syncSeconds, double processSeconds) {}

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Predicate<String> helpers;
  private final long syncThread = Thread.currentThread().getId();
  private final Map<Long, Long> before;
  private final long processBefore;

  private CpuWatch(Predicate<String> helpers) {
    if (!threads.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    threads.setThreadCpuTimeEnabled(true);
    this.helpers = helpers;
    this.processBefore = processNanos();
    this.before = counted();
  }

  /** Starts counting for the calling thread and the helper threads named by {@code helpers}. */
  static CpuWatch start(Predicate<String> helpers) {
    return new CpuWatch(helpers);
  }

  Cpu stop() {
    long sync = 0;
    for (Map.Entry<Long, Long> now : counted().entrySet()) {
      sync += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return new Cpu(sync / 1e9, (processNanos() - processBefore) / 1e9);
  }

  private Map<Long, Long> counted() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long id = info.getThreadId();
      if (id == syncThread || helpers.test(info.getThreadName())) {
        long nanos = threads.getThreadCpuTime(id);
        if (nanos >= 0) {
          cpu.put(id, nanos);
        }
      }
    }
    return cpu;
  }

  private static long processNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
