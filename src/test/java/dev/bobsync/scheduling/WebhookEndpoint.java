package dev.bobsync.scheduling;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /webhooks/hibob/{integrationId}} on a local port, mounted the way the web layer
 * mounts it: raw body and {@code Bob-Signature} in, the receipt's status and message out.
 */
final class WebhookEndpoint implements AutoCloseable {
  private static final String PATH = "/webhooks/hibob/";

  private final HttpServer server;

  WebhookEndpoint(HibobWebhooks webhooks) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, exchange -> handle(webhooks, exchange));
    server.start();
  }

  String url(String integrationId) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + integrationId;
  }

  private static void handle(HibobWebhooks webhooks, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String id = exchange.getRequestURI().getPath().substring(PATH.length());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String signature = exchange.getRequestHeaders().getFirst(HibobWebhooks.SIGNATURE_HEADER);
      HibobWebhooks.Receipt receipt = webhooks.receive(id, body, signature);
      byte[] answer = receipt.message().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(receipt.status(), answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
