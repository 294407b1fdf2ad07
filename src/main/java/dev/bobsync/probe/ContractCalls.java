package dev.bobsync.probe;

import dev.bobsync.contract.Contract;
import dev.bobsync.contract.Violation;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends one read-only call through an API client and checks its answer against a contract; the
 * answer's body is handed back for the next call to pick ids from, and never printed.
 */
final class ContractCalls {
  private static final Pattern QUOTED = Pattern.compile("(\"[^\"]*\"|'[^']*')");

  private final String side;
  private final ApiClient api;
  private final Contract contract;
  private final String basePath;
  private final Clock clock;
  private final List<ProbeRow> rows;

  ContractCalls(
      String side,
      ApiClient api,
      Contract contract,
      String basePath,
      Clock clock,
      List<ProbeRow> rows) {
    this.side = side;
    this.api = api;
    this.contract = contract;
    this.basePath = basePath;
    this.clock = clock;
    this.rows = rows;
  }

  /** The answer's body when the call was answered 2xx, else empty; a row is added either way. */
  Optional<byte[]> call(ApiRequest request) {
    String target = basePath + request.path() + query(request.query());
    String endpoint =
        contract
            .find(request.method(), target)
            .map(o -> o.method() + " " + contract.basePath() + o.template())
            .orElse(request.method() + " " + basePath + request.path());
    Instant start = clock.instant();
    try {
      ApiResponse response = api.send(request);
      long millis = Duration.between(start, clock.instant()).toMillis();
      List<Violation> violations =
          contract.checkResponse(
              request.method(),
              target,
              response.status(),
              response.headers().map(),
              response.bodyText());
      List<String> differences = new ArrayList<>();
      violations.forEach(v -> differences.add(v.where() + ": " + scrub(v.problem())));
      rows.add(
          new ProbeRow(
              side, endpoint, response.status(), differences, millis, rateLimits(response), null));
      return response.status() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
    } catch (ApiException e) {
      long millis = Duration.between(start, clock.instant()).toMillis();
      String note =
          e.status() == 0
              ? "no answer (unreachable or timed out)"
              : side + " refused it (HTTP " + e.status() + "): not checked";
      rows.add(new ProbeRow(side, endpoint, e.status(), List.of(), millis, Map.of(), note));
      return Optional.empty();
    }
  }

  /** A row for a call that could not be made (nothing to read it with). */
  void skipped(String method, String template, String why) {
    rows.add(
        new ProbeRow(
            side, method + " " + contract.basePath() + template, 0, List.of(), 0, Map.of(), why));
  }

  /** Rate-limit headers, names as sent, numbers only. */
  private static Map<String, String> rateLimits(ApiResponse response) {
    Map<String, String> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if ((lower.contains("ratelimit") || lower.equals("retry-after"))
                  && !values.isEmpty()
                  && values.get(0).matches("[0-9.]{1,20}")) {
                seen.put(name, values.get(0));
              }
            });
    return seen;
  }

  /**
   * A contract message with quoted text kept only where it is a field name (letters, digits and
   * underscores, starting with a letter), so that no value read from the vendor (an e-mail, a date,
   * a name with spaces) is shown.
   */
  static String scrub(String problem) {
    String s =
        QUOTED
            .matcher(problem)
            .replaceAll(
                m -> {
                  String inner = m.group().substring(1, m.group().length() - 1);
                  return inner.matches("[A-Za-z_][A-Za-z0-9_]{0,80}")
                      ? java.util.regex.Matcher.quoteReplacement(m.group())
                      : "\"…\"";
                });
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private static String query(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    query.forEach(
        (k, v) ->
            s.append(s.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return s.toString();
  }
}
