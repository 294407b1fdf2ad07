package dev.bobsync.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A proxy that stands between a client and a vendor (an emulator, in tests) and checks both sides
 * of every call against a {@link Contract}: the request the client sends and the answer it gets.
 * Point the client at {@link #url()} (plus the vendor's base path, e.g. {@code /v1} for HiBob);
 * after the test, {@link #assertClean()}.
 *
 * <pre>{@code
 * try (ContractProxy proxy = ContractProxy.start(Contract.load("contracts/remote.json"), remoteUrl)) {
 *   RemoteClient client = ...(proxy.url(), token);
 *   ... drive the client ...
 *   proxy.assertClean();
 * }
 * }</pre>
 */
public final class ContractProxy implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          "te",
          "trailer",
          "proxy-connection");

  private final Contract contract;
  private final URI target;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<Violation> requestViolations = Collections.synchronizedList(new ArrayList<>());
  private final List<Violation> answerViolations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<String> ignoredPrefixes = new ArrayList<>();

  private ContractProxy(Contract contract, URI target) throws IOException {
    this.contract = contract;
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a proxy to {@code targetOrigin} (scheme, host and port, e.g. an emulator's URL). */
  public static ContractProxy start(Contract contract, String targetOrigin) {
    try {
      URI uri = URI.create(targetOrigin);
      return new ContractProxy(
          contract, URI.create(uri.getScheme() + "://" + uri.getRawAuthority()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the contract proxy", e);
    }
  }

  /**
   * Calls whose path starts with {@code prefix} (e.g. an emulator's control API) pass unchecked.
   */
  public ContractProxy ignoring(String prefix) {
    ignoredPrefixes.add(prefix);
    return this;
  }

  /** The proxy's origin, {@code http://127.0.0.1:PORT}, without a path. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every checked call so far, as {@code "GET /v1/employments?page=1 -> 200"}. */
  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  public List<Violation> requestViolations() {
    synchronized (requestViolations) {
      return List.copyOf(requestViolations);
    }
  }

  public List<Violation> answerViolations() {
    synchronized (answerViolations) {
      return List.copyOf(answerViolations);
    }
  }

  /** Fails unless calls went through and neither side broke the contract. */
  public void assertClean() {
    if (calls().isEmpty()) {
      throw new AssertionError("no call went through the contract proxy: nothing was checked");
    }
    List<Violation> all = new ArrayList<>(requestViolations());
    all.addAll(answerViolations());
    if (!all.isEmpty()) {
      StringBuilder message = new StringBuilder("calls that break the contract:");
      all.forEach(v -> message.append("\n  ").append(v));
      throw new AssertionError(message.toString());
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String pathAndQuery =
          exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + exchange.getRequestURI().getRawQuery());
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      String requestText = new String(requestBody, StandardCharsets.UTF_8);
      boolean checked = ignoredPrefixes.stream().noneMatch(pathAndQuery::startsWith);
      if (checked) {
        requestViolations.addAll(contract.checkRequest(method, pathAndQuery, requestText));
      }
      HttpResponse<byte[]> answer = send(exchange, method, pathAndQuery, requestBody);
      String answerText = new String(answer.body(), StandardCharsets.UTF_8);
      if (checked) {
        answerViolations.addAll(
            contract.checkResponse(
                method, pathAndQuery, answer.statusCode(), answer.headers().map(), answerText));
        calls.add(method + " " + pathAndQuery + " -> " + answer.statusCode());
      }
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      int length = answer.body().length;
      exchange.sendResponseHeaders(answer.statusCode(), length == 0 ? -1 : length);
      if (length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> send(
      HttpExchange exchange, String method, String pathAndQuery, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
