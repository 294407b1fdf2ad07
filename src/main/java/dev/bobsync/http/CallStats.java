package dev.bobsync.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many requests a client sent, by call name, and how many of them were answered 429. */
public final class CallStats {
  private final ConcurrentHashMap<String, AtomicInteger> byCall = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();

  void sent(ApiRequest request) {
    total.incrementAndGet();
    if (!request.method().equals("GET") && !request.idempotent() || isUpdate(request)) {
      writes.incrementAndGet();
    }
    byCall.computeIfAbsent(request.name(), k -> new AtomicInteger()).incrementAndGet();
  }

  void rateLimited() {
    rateLimited.incrementAndGet();
  }

  /** Every request sent, retries included. */
  public int total() {
    return total.get();
  }

  /** Requests that asked for a change (POST creates, PATCH, PUT). */
  public int writes() {
    return writes.get();
  }

  public int reads() {
    return total() - writes();
  }

  public int rateLimitedCount() {
    return rateLimited.get();
  }

  public Map<String, Integer> byCall() {
    Map<String, Integer> copy = new TreeMap<>();
    byCall.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  private static boolean isUpdate(ApiRequest request) {
    return request.method().equals("PATCH") || request.method().equals("PUT");
  }
}
