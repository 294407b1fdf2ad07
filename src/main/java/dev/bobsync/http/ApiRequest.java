package dev.bobsync.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One call to a vendor API. {@code name} says what the call is for ("people search") and appears in
 * every error about it. Only idempotent calls are retried after an answer that may have been lost.
 */
public record ApiRequest(
    String name,
    String method,
    String path,
    Map<String, String> query,
    byte[] body,
    boolean idempotent) {

  public ApiRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
  }

  public static ApiRequest get(String name, String path) {
    return new ApiRequest(name, "GET", path, Map.of(), null, true);
  }

  /** A POST that only reads (HiBob's people search), so it is safe to retry. */
  public static ApiRequest postRead(String name, String path, byte[] body) {
    return new ApiRequest(name, "POST", path, Map.of(), body, true);
  }

  /** A POST that creates something: retried only where the server cannot have acted on it. */
  public static ApiRequest postWrite(String name, String path, byte[] body) {
    return new ApiRequest(name, "POST", path, Map.of(), body, false);
  }

  /** A PATCH or PUT: repeating it leaves the same state, so it is retried. */
  public static ApiRequest update(String name, String method, String path, byte[] body) {
    return new ApiRequest(name, method, path, Map.of(), body, true);
  }

  /** The same request with one more query parameter; a {@code null} value is left out. */
  public ApiRequest withQuery(String key, Object value) {
    if (value == null) {
      return this;
    }
    Map<String, String> next = new LinkedHashMap<>(query);
    next.put(key, String.valueOf(value));
    return new ApiRequest(name, method, path, next, body, idempotent);
  }

  String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    return path
        + "?"
        + query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
