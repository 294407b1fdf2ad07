package dev.bobsync.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractProxyTest {
  private static final String ID = "4f1c2c8e-3a0b-4d7e-9c51-0b7f1e2d3c4a";
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer vendor;
  private volatile String answer;
  private volatile int status;

  @BeforeEach
  void startVendor() throws Exception {
    vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("x-ratelimit-reset", "1000");
          exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    vendor.start();
  }

  @AfterEach
  void stopVendor() {
    vendor.stop(0);
  }

  private String vendorUrl() {
    return "http://127.0.0.1:" + vendor.getAddress().getPort();
  }

  private HttpResponse<String> send(ContractProxy proxy, String method, String path, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(proxy.url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void passesCallsThroughAndFindsNothingWhenBothSidesFit() throws Exception {
    status = 201;
    answer =
        "{\"id\":\""
            + ID
            + "\",\"name\":\"A\",\"manager\":null,\"created_at\":\"2026-01-02T03:04:05Z\"}";
    try (ContractProxy proxy =
        ContractProxy.start(Contract.load("contracts/sample.json"), vendorUrl())) {
      HttpResponse<String> response =
          send(proxy, "POST", "/v1/things?company_id=c", "{\"name\":\"A\"}");
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body()).isEqualTo(answer);
      assertThat(response.headers().firstValue("x-ratelimit-reset")).hasValue("1000");
      assertThat(proxy.calls()).containsExactly("POST /v1/things?company_id=c -> 201");
      proxy.assertClean();
    }
  }

  @Test
  void recordsWhatTheClientAndTheVendorGotWrong() throws Exception {
    status = 201;
    answer = "{\"id\":\"" + ID + "\"}";
    try (ContractProxy proxy =
        ContractProxy.start(Contract.load("contracts/sample.json"), vendorUrl())) {
      send(proxy, "POST", "/v1/things?company_id=c", "{\"name\":\"A\",\"currency\":\"EUR\"}");
      assertThat(proxy.requestViolations())
          .extracting(Violation::toString)
          .anyMatch(v -> v.contains("currency"));
      assertThat(proxy.answerViolations())
          .extracting(Violation::toString)
          .anyMatch(v -> v.contains("name"));
      assertThatThrownBy(proxy::assertClean)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("currency");
    }
  }

  @Test
  void ignoredPrefixesPassUncheckedAndAProxyThatSawNothingIsNotClean() throws Exception {
    status = 200;
    answer = "{}";
    try (ContractProxy proxy =
        ContractProxy.start(Contract.load("contracts/sample.json"), vendorUrl())
            .ignoring("/_control")) {
      assertThat(send(proxy, "POST", "/_control/reset", "{}").statusCode()).isEqualTo(200);
      assertThat(proxy.requestViolations()).isEmpty();
      assertThatThrownBy(proxy::assertClean).hasMessageContaining("nothing was checked");
    }
  }
}
