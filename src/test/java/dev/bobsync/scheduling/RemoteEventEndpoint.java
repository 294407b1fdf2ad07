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
 * {@code POST /webhooks/remote/{integrationId}} on a local port, mounted the way the web layer
 * mounts it: raw body and the signature headers in, the receipt's status and message out.
 */
final class RemoteEventEndpoint implements AutoCloseable {
  private static final String PATH = "/webhooks/remote/";

  private final HttpServer server;
  private final java.util.List<Integer> statuses =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  RemoteEventEndpoint(RemoteEvents webhooks) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, exchange -> handle(webhooks, exchange));
    server.start();
  }

  /** The service's base address, as {@code BOBSYNC_PUBLIC_URL} would be. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The status of every answer given so far. */
  java.util.List<Integer> statuses() {
    return statuses;
  }

  String url(String integrationId) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + integrationId;
  }

  private void handle(RemoteEvents webhooks, HttpExchange exchange) throws IOException {
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
      String signature = exchange.getRequestHeaders().getFirst(RemoteEvents.SIGNATURE_HEADER);
      RemoteEvents.Receipt receipt =
          webhooks.receive(
              id,
              body,
              signature,
              exchange.getRequestHeaders().getFirst(RemoteEvents.TIMESTAMP_HEADER));
      statuses.add(receipt.status());
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
