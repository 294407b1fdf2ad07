package dev.bobsync.emulator.hibob;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests per route and 429s, for benchmarks that measure how a sync uses the API. */
final class RequestCounters {
  private final ConcurrentHashMap<String, LongAdder> byRoute = new ConcurrentHashMap<>();
  private final LongAdder rateLimited = new LongAdder();

  void count(String methodAndRoute) {
    byRoute.computeIfAbsent(methodAndRoute, k -> new LongAdder()).increment();
  }

  void countRateLimited() {
    rateLimited.increment();
  }

  RequestStats snapshot() {
    Map<String, Long> counts = new HashMap<>();
    byRoute.forEach((route, n) -> counts.put(route, n.sum()));
    return new RequestStats(counts, rateLimited.sum());
  }

  void reset() {
    byRoute.clear();
    rateLimited.reset();
  }
}
