package dev.bobsync.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that posts forms like a browser, for route tests. */
final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  Browser(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  /** Posts a form with the page's CSRF token, as a browser would. */
  HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null && !all.containsKey("_csrf")) {
      all.put("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /** Posts a form as htmx does (with the page's CSRF token and an {@code HX-Request} header). */
  HttpResponse<String> postHtmx(String path, Map<String, String> fields) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null && !all.containsKey("_csrf")) {
      all.put("_csrf", csrf);
    }
    return send(path, all, true);
  }

  /** Posts a form whose fields may repeat (check boxes), with the page's CSRF token. */
  HttpResponse<String> postPairs(String path, java.util.List<Map.Entry<String, String>> fields)
      throws Exception {
    java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
    if (csrf != null) {
      all.add(Map.entry("_csrf", csrf));
    }
    String body =
        all.stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postRaw(String path, Map<String, String> fields) throws Exception {
    return send(path, fields, false);
  }

  private HttpResponse<String> send(String path, Map<String, String> fields, boolean htmx)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> logIn(String email, String password) throws Exception {
    get("/login");
    return post("/login", Map.of("email", email, "password", password));
  }

  HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
