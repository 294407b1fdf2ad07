package dev.bobsync.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine a benchmark ran on, as the results name it. */
record Machine(
    int cpus, long memoryBytes, String jdk, String os, long maxHeapBytes, double loadAverage) {

  static Machine current() {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** One line: "2 CPUs, 23.5 GiB RAM, JDK ..., heap max 512 MiB, load 1.2". */
  String describe() {
    return String.format(
        Locale.ROOT,
        "%d CPUs, %.1f GiB RAM, JDK %s, %s, heap max %d MiB, load average %.1f",
        cpus,
        memoryBytes / 1024.0 / 1024 / 1024,
        jdk,
        os,
        maxHeapBytes >> 20,
        loadAverage);
  }
}
