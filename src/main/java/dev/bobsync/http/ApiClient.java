package dev.bobsync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The one HTTP layer under both vendor clients: authentication, a client-side rate limit, retries
 * with backoff on 429, 5xx and timeouts, a content-type check, and errors that say which call
 * failed and what the API answered.
 */
public final class ApiClient {
  private final ApiSettings settings;
  private final Authorization authorization;
  private final HttpClient http;
  private final RateLimiter limiter;
  private final RetryAfter retryAfter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ObjectMapper json;
  private final CallStats stats = new CallStats();

  public ApiClient(
      ApiSettings settings,
      Authorization authorization,
      HttpClient http,
      RateLimiter limiter,
      RetryAfter retryAfter,
      Clock clock,
      Sleeper sleeper,
      ObjectMapper json) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.authorization = Objects.requireNonNull(authorization, "authorization");
    this.http = Objects.requireNonNull(http, "http");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.json = Objects.requireNonNull(json, "json");
  }

  public ApiSettings settings() {
    return settings;
  }

  public CallStats stats() {
    return stats;
  }

  public ObjectMapper json() {
    return json;
  }

  /**
   * Sends the request and parses the JSON answer ({@code null} for an empty body). An answer cut
   * short or otherwise unreadable is treated like a 5xx: a read is sent again, a write is not (it
   * may have acted).
   */
  public JsonNode json(ApiRequest request) {
    return parsed(request, body -> body.length == 0 ? null : json.readTree(body));
  }

  /** Sends the request and maps the JSON answer onto {@code type}, retried as {@link #json}. */
  public <T> T json(ApiRequest request, Class<T> type) {
    return parsed(request, body -> json.readValue(body, type));
  }

  private interface Parser<T> {
    T parse(byte[] body) throws IOException;
  }

  private <T> T parsed(ApiRequest request, Parser<T> parser) {
    Duration backoff = settings.firstBackoff();
    for (int attempt = 1; ; attempt++) {
      ApiResponse response = send(request);
      try {
        return parser.parse(response.body() == null ? new byte[0] : response.body());
      } catch (IOException e) {
        if (request.idempotent() && attempt < settings.maxAttempts()) {
          backoff = pause(backoff);
          continue;
        }
        throw unreadable(request, response.status(), e);
      }
    }
  }

  /**
   * Sends the request and hands the open JSON body to {@code reader} without holding it in memory,
   * for answers as large as HiBob's people search of a whole company.
   */
  public <T> T stream(ApiRequest request, BodyReader<T> reader) {
    Exchange exchange = exchange(request, true);
    try (InputStream in = exchange.stream()) {
      return reader.read(in);
    } catch (IOException e) {
      throw unreadable(request, exchange.response().status(), e);
    }
  }

  /** Reads a streamed JSON body. */
  @FunctionalInterface
  public interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  /** Sends the request, retrying where that is safe, and returns a 2xx or 3xx answer. */
  public ApiResponse send(ApiRequest request) {
    return exchange(request, false).response();
  }

  /** An answer whose body is either read ({@code stream == null}) or still open. */
  private record Exchange(ApiResponse response, InputStream stream) {}

  private Exchange exchange(ApiRequest request, boolean streamed) {
    Duration backoff = settings.firstBackoff();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= settings.maxAttempts();
      ApiResponse response;
      try {
        limiter.acquire();
        stats.sent(request);
        HttpResponse<InputStream> raw =
            http.send(build(request, streamed), HttpResponse.BodyHandlers.ofInputStream());
        if (raw.headers().firstValue("X-RateLimit-Remaining").filter("0"::equals).isPresent()) {
          // The server's window is used up: wait for its reset rather than learn it from a 429.
          // Its window starts when it receives a call, a little after this side counted it.
          ApiResponse headers = new ApiResponse(raw.statusCode(), raw.headers(), null);
          retryAfter
              .after(headers, clock.instant())
              .ifPresent(wait -> limiter.pauseUntil(clock.instant().plus(wait).plusMillis(50)));
        }
        boolean keepOpen =
            streamed
                && raw.statusCode() / 100 == 2
                && isJson(raw.headers().firstValue("Content-Type"));
        if (keepOpen) {
          return new Exchange(new ApiResponse(raw.statusCode(), raw.headers(), null), raw.body());
        }
        try (InputStream in = raw.body()) {
          response = new ApiResponse(raw.statusCode(), raw.headers(), in.readAllBytes());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiUnavailableException(
            settings, request.name(), 0, "interrupted", !request.idempotent(), e);
      } catch (IOException e) {
        boolean neverSent =
            e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
        if (!last && (request.idempotent() || neverSent)) {
          backoff = pause(backoff);
          continue;
        }
        throw new ApiUnavailableException(
            settings,
            request.name(),
            0,
            neverSent ? "could not connect to " + settings.baseUrl() : "no answer: " + describe(e),
            !neverSent && !request.idempotent(),
            e);
      }
      int status = response.status();
      if (status == 429) {
        stats.rateLimited();
        Duration wait =
            retryAfter
                .after(response, clock.instant())
                .orElse(settings.defaultRateWindow())
                .plusMillis(50);
        limiter.rateLimited(clock.instant().plus(wait));
        if (last) {
          throw new ApiUnavailableException(
              settings, request.name(), 429, "rate limited on every attempt", false, null);
        }
        continue;
      }
      if (status >= 500) {
        if (!last && request.idempotent()) {
          backoff = pause(backoff);
          continue;
        }
        ErrorBodies error = ErrorBodies.read(response, json);
        throw new ApiUnavailableException(
            settings, request.name(), status, error.message(), !request.idempotent(), null);
      }
      return new Exchange(check(request, response), null);
    }
  }

  private static boolean isJson(java.util.Optional<String> contentType) {
    return contentType
        .map(t -> t.toLowerCase(java.util.Locale.ROOT).contains("json"))
        .orElse(false);
  }

  private ApiResponse check(ApiRequest request, ApiResponse response) {
    int status = response.status();
    if (status == 401 || status == 403) {
      throw new ApiAuthException(
          settings, request.name(), status, ErrorBodies.read(response, json).message());
    }
    if (status >= 400) {
      ErrorBodies error = ErrorBodies.read(response, json);
      throw new ApiRejectedException(
          settings, request.name(), status, error.message(), error.fieldErrors());
    }
    boolean hasBody = response.body() != null && response.body().length > 0;
    if (hasBody && !response.isJson()) {
      throw new ApiProtocolException(
          settings,
          request.name(),
          status,
          "answered "
              + (response.contentType().isEmpty()
                  ? "without a content type"
                  : response.contentType())
              + " instead of JSON; check the API URL "
              + settings.baseUrl(),
          null);
    }
    return response;
  }

  private HttpRequest build(ApiRequest request, boolean streamed) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + request.pathAndQuery()))
            .timeout(streamed ? settings.timeout().multipliedBy(4) : settings.timeout())
            .header("Accept", "application/json")
            .header("Authorization", authorization.headerValue());
    if (request.body() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    }
    return builder.build();
  }

  private Duration pause(Duration backoff) {
    try {
      long jitter = (long) (backoff.toMillis() * 0.2 * Math.random());
      sleeper.sleep(backoff.plusMillis(jitter));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Duration next = backoff.multipliedBy(2);
    return next.compareTo(Duration.ofSeconds(8)) > 0 ? Duration.ofSeconds(8) : next;
  }

  /** An answer that cannot be read: no usable answer, like a 5xx (a write may have acted). */
  private ApiUnavailableException unreadable(ApiRequest request, int status, IOException e) {
    return new ApiUnavailableException(
        settings,
        request.name(),
        status,
        "answered JSON that cannot be read (cut short?)",
        !request.idempotent(),
        e);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
