package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import dev.bobsync.time.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

/** An emulator on a random port with a settable clock, and a small HTTP client for tests. */
final class Api implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final Path EXAMPLE_FIXTURE = Path.of("docs/examples/hibob-fixture.json");
  static final String ANA = "3437990292286865812";
  static final String JO = "3437990292286865813";
  static final String MEI = "3437990292286865814";
  static final String LEE = "3437990292286865815";
  static final String SYNC_FIELD = "work.custom.field_1700000000001";

  /** One HTTP answer. */
  record Response(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return Json.newMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }

  final SettableClock clock = new SettableClock(NOW);
  final HibobEmulator emulator;
  final ObjectMapper mapper = Json.newMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private String authorization = basic("SERVICE-1", "secret");

  private Api(HibobCompany company) {
    this.emulator = HibobEmulator.start(company, 0, clock);
  }

  static Api start(HibobCompany company) {
    return new Api(company);
  }

  /** The example fixture of the docs: Acme Ltd, four people, SERVICE-1/2/3. */
  static Api example() {
    return new Api(HibobCompany.fromFixture(EXAMPLE_FIXTURE));
  }

  /** Calls HiBob's API as this service user from now on. */
  Api as(String serviceUserId, String token) {
    authorization = basic(serviceUserId, token);
    return this;
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(uri(emulator.baseUrl() + path)).GET());
  }

  /** A GET that wrongly says its (absent) body is JSON, as some clients do. */
  Response getWithJsonContentType(String path) {
    return send(
        HttpRequest.newBuilder(uri(emulator.baseUrl() + path))
            .header("Content-Type", "application/json")
            .GET());
  }

  Response post(String path, String json) {
    return send(withBody(emulator.baseUrl() + path, "POST", json));
  }

  Response put(String path, String json) {
    return send(withBody(emulator.baseUrl() + path, "PUT", json));
  }

  /** A control-API call, without auth; {@code json} may be null. */
  Response control(String method, String path, String json) {
    return send(withBody(emulator.controlUrl() + path, method, json));
  }

  /** {@code POST /v1/people/search} with this body. */
  JsonNode search(String json) {
    Response r = post("/people/search", json);
    if (r.status() != 200) {
      throw new AssertionError("search answered " + r.status() + ": " + r.body());
    }
    return r.json().get("employees");
  }

  /** The one employee with this id in a search for these fields. */
  JsonNode searchOne(String id, String fieldsJson) {
    JsonNode employees =
        search(
            "{\"fields\": "
                + fieldsJson
                + ", \"showInactive\": true, \"filters\": [{\"fieldPath\": \"root.id\","
                + " \"operator\": \"equals\", \"values\": [\""
                + id
                + "\"]}]}");
    if (employees.size() != 1) {
      throw new AssertionError("expected one employee " + id + ", got " + employees);
    }
    return employees.get(0);
  }

  JsonNode tree(String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder withBody(String url, String method, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(url));
    if (json == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(
              request
                  .header("Accept", "application/json")
                  .header("Authorization", authorization)
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String url) {
    return URI.create(url);
  }

  static String basic(String id, String token) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + token).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    emulator.close();
  }
}
