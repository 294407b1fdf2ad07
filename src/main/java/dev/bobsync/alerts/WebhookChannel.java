package dev.bobsync.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Posts alerts to a Slack-compatible incoming webhook: {@code {"text": ...}} as JSON. The URL is a
 * secret (whoever holds it can post), so it is never shown, logged or audited: only its host.
 */
public final class WebhookChannel implements AlertChannel {
  private final URI url;
  private final HttpClient http;
  private final Duration timeout;
  private final ObjectMapper json;

  public WebhookChannel(URI url, HttpClient http, Duration timeout, ObjectMapper json) {
    this.url = Objects.requireNonNull(url, "url");
    this.http = Objects.requireNonNull(http, "http");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The URL as an admin enters it; refuses what is not an http(s) address. */
  public static URI parse(String url) {
    try {
      URI u = URI.create(url.strip());
      if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
        throw new IllegalArgumentException();
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The webhook URL must be an https:// address, such as Slack's"
              + " https://hooks.slack.com/services/...");
    }
  }

  @Override
  public String kind() {
    return "webhook";
  }

  @Override
  public String target() {
    return url.getHost();
  }

  @Override
  public void send(Alert alert) throws DeliveryFailure {
    byte[] body;
    try {
      body = json.writeValueAsBytes(json.createObjectNode().put("text", alert.text()));
    } catch (IOException e) {
      throw new DeliveryFailure("could not write the message: " + e.getMessage(), false, e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure(
          "the webhook at " + target() + " did not answer within " + Waits.words(timeout),
          true,
          null);
    } catch (IOException e) {
      throw new DeliveryFailure(
          "could not reach the webhook at " + target() + ": " + e.getClass().getSimpleName(),
          true,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("interrupted", false, e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    String said = response.body() == null ? "" : response.body().strip();
    said = said.length() > 200 ? said.substring(0, 200) : said;
    throw new DeliveryFailure(
        "the webhook at "
            + target()
            + " answered HTTP "
            + status
            + (said.isEmpty() ? "" : " (" + said + ")"),
        status >= 500 || status == 429,
        null);
  }
}
