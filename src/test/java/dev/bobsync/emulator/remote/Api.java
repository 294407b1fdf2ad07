package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny client for the emulator's HTTP API, as one company (or none) would call it. */
final class Api {
  private static final ObjectMapper MAPPER = Json.newMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One answer: status, body parsed as JSON ({@code null} when empty), headers. */
  record Answer(int status, JsonNode body, HttpHeaders headers, String raw) {
    JsonNode data() {
      return body.path("data");
    }

    JsonNode errors() {
      return body.path("errors");
    }
  }

  private final String baseUrl;
  private final String token;
  private final AnswerContract contract;

  /** A client whose every answer on Remote's API is checked against the contract. */
  Api(String baseUrl, String token, AnswerContract contract) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.contract = contract;
  }

  Api(String baseUrl, String token) {
    this(baseUrl, token, new AnswerContract());
  }

  /** The same server without a token (for the control API). */
  static Api anonymous(String baseUrl) {
    return new Api(baseUrl, null);
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  Answer post(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, json);
  }

  Answer patch(String path, String json) throws IOException, InterruptedException {
    return send("PATCH", path, json);
  }

  Answer put(String path, String json) throws IOException, InterruptedException {
    return send("PUT", path, json);
  }

  Answer delete(String path) throws IOException, InterruptedException {
    return send("DELETE", path, null);
  }

  Answer send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String raw = response.body();
    JsonNode body = raw.isEmpty() ? null : MAPPER.readTree(raw);
    contract.check(method, path, response.statusCode(), response.headers().map(), raw);
    return new Answer(response.statusCode(), body, response.headers(), raw);
  }
}
