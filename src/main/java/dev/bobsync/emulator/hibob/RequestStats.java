package dev.bobsync.emulator.hibob;

import java.util.Map;

/**
 * Requests the emulator answered on HiBob's API, per {@code "METHOD /route/{template}"}, and how
 * many of them were refused with 429.
 */
public record RequestStats(Map<String, Long> requests, long rateLimited) {
  public RequestStats {
    requests = Map.copyOf(requests);
  }

  /** Calls to one route, e.g. {@code count("POST", "/v1/people/search")}. */
  public long count(String method, String route) {
    return requests.getOrDefault(method + " " + route, 0L);
  }

  public long total() {
    return requests.values().stream().mapToLong(Long::longValue).sum();
  }
}
