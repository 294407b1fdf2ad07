package dev.bobsync.emulator.remote;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts vendor-API requests per company, for tests and benchmarks. */
final class RequestStats {
  private final Map<String, Counters> companies = new ConcurrentHashMap<>();

  void record(String companyId, String method, String routeTemplate) {
    Counters counters = companies.computeIfAbsent(companyId, id -> new Counters());
    counters
        .byRoute
        .computeIfAbsent(method + " " + routeTemplate, r -> new LongAdder())
        .increment();
    ("GET".equals(method) ? counters.reads : counters.writes).increment();
  }

  void rateLimited(String companyId) {
    companies.computeIfAbsent(companyId, id -> new Counters()).rateLimited.increment();
  }

  RequestCounts counts(String companyId) {
    Counters counters = companies.get(companyId);
    if (counters == null) {
      return RequestCounts.NONE;
    }
    Map<String, Long> byRoute = new TreeMap<>();
    counters.byRoute.forEach((route, count) -> byRoute.put(route, count.sum()));
    long reads = counters.reads.sum();
    long writes = counters.writes.sum();
    return new RequestCounts(reads + writes, reads, writes, counters.rateLimited.sum(), byRoute);
  }

  void reset() {
    companies.clear();
  }

  private static final class Counters {
    final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();
    final LongAdder reads = new LongAdder();
    final LongAdder writes = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
  }
}
