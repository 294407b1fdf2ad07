package dev.bobsync.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an emulator's webhooks in order on one background thread, retrying a few times, and
 * remembers the last deliveries so tests and the control API can see them.
 */
public final class WebhookDispatcher implements AutoCloseable {
  /** One attempt to deliver one event; {@code status} 0 means no HTTP answer. */
  public record Delivery(String url, String eventType, int status, String error, Instant at) {}

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int ATTEMPTS = 3;
  private static final int KEPT = 1000;

  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "emulator-webhooks");
            t.setDaemon(true);
            return t;
          });
  private final Deque<Delivery> deliveries = new ArrayDeque<>();

  public WebhookDispatcher(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Queues one POST of {@code body} with the given signature headers. */
  public void send(String url, String eventType, byte[] body, Map<String, String> headers) {
    worker.execute(() -> deliver(url, eventType, body, headers));
  }

  /** The most recent deliveries, oldest first. */
  public synchronized List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until every queued event was attempted, for tests. */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    var done = new java.util.concurrent.CountDownLatch(1);
    worker.execute(done::countDown);
    done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliver(String url, String eventType, byte[] body, Map<String, String> headers) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      try {
        int status =
            http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        record(new Delivery(url, eventType, status, null, clock.instant()));
        if (status < 500) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        record(new Delivery(url, eventType, 0, e.toString(), clock.instant()));
        log.debug("webhook {} to {} failed: {}", eventType, url, e.toString());
      }
      sleep(attempt * 200L);
    }
  }

  private synchronized void record(Delivery delivery) {
    deliveries.addLast(delivery);
    while (deliveries.size() > KEPT) {
      deliveries.removeFirst();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
