package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vendor-API requests one company made: in all, reads (GET) and writes (POST, PATCH, DELETE),
 * how many were answered 429, and per route ({@code "GET /v1/employments/{id}"}).
 */
public record RequestCounts(
    @JsonProperty("total") long total,
    @JsonProperty("reads") long reads,
    @JsonProperty("writes") long writes,
    @JsonProperty("rate_limited") long rateLimited,
    @JsonProperty("by_route") Map<String, Long> byRoute) {
  public static final RequestCounts NONE = new RequestCounts(0, 0, 0, 0, Map.of());

  public RequestCounts {
    byRoute = Collections.unmodifiableMap(new TreeMap<>(byRoute));
  }

  /** Requests to one route, e.g. {@code count("POST", "/v1/employments")}. */
  public long count(String method, String routeTemplate) {
    return byRoute.getOrDefault(method + " " + routeTemplate, 0L);
  }
}
