package dev.bobsync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.time.SettableClock;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the HTTP layer against a tiny local server that answers like the vendors do. */
class ApiClientTest {
  private static final String TOKEN = "tok-very-secret-123";

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private final List<Duration> slept = new ArrayList<>();
  private final AtomicInteger truncatedOnce = new AtomicInteger();
  private final AtomicInteger truncatedWrites = new AtomicInteger();
  private final Sleeper sleeper =
      d -> {
        slept.add(d);
        clock.advance(d);
      };
  private final AtomicInteger hits = new AtomicInteger();
  private Javalin server;
  private ApiClient client;

  @BeforeEach
  void start() {
    server =
        Javalin.create(
                config -> {
                  config.routes.get(
                      "/flaky",
                      ctx -> {
                        if (hits.incrementAndGet() < 3) {
                          ctx.status(503).json(java.util.Map.of("message", "try later"));
                        } else {
                          ctx.json(java.util.Map.of("ok", true));
                        }
                      });
                  config.routes.post(
                      "/create",
                      ctx -> {
                        hits.incrementAndGet();
                        ctx.status(502).result("bad gateway");
                      });
                  config.routes.get(
                      "/limited",
                      ctx -> {
                        if (hits.incrementAndGet() == 1) {
                          ctx.status(429)
                              .header(
                                  "X-RateLimit-Reset",
                                  String.valueOf(clock.instant().getEpochSecond() + 20))
                              .json(java.util.Map.of("error", "too many"));
                        } else {
                          ctx.json(java.util.Map.of("ok", true));
                        }
                      });
                  config.routes.get(
                      "/last-in-window",
                      ctx -> {
                        hits.incrementAndGet();
                        ctx.header("X-RateLimit-Remaining", "0")
                            .header(
                                "X-RateLimit-Reset",
                                String.valueOf(clock.instant().getEpochSecond() + 40))
                            .json(java.util.Map.of("ok", true));
                      });
                  config.routes.get(
                      "/slow-once",
                      ctx -> {
                        if (hits.incrementAndGet() == 1) {
                          Thread.sleep(1_000);
                        }
                        ctx.json(java.util.Map.of("ok", true));
                      });
                  config.routes.post(
                      "/slow-create",
                      ctx -> {
                        hits.incrementAndGet();
                        Thread.sleep(1_000);
                        ctx.status(201).json(java.util.Map.of("id", "e-1"));
                      });
                  config.routes.get("/unauthorized", ctx -> ctx.status(401).result(""));
                  config.routes.get(
                      "/forbidden",
                      ctx ->
                          ctx.status(403)
                              .json(java.util.Map.of("key", "forbidden", "error", "No access")));
                  config.routes.get(
                      "/html", ctx -> ctx.contentType("text/html").result("<html>bob</html>"));
                  config.routes.post(
                      "/invalid",
                      ctx ->
                          ctx.status(422)
                              .json(
                                  java.util.Map.of(
                                      "errors",
                                      java.util.Map.of(
                                          "provisional_start_date",
                                          List.of("cannot be in the past")))));
                  config.routes.get(
                      "/truncated-once",
                      ctx ->
                          ctx.contentType("application/json")
                              .result(
                                  truncatedOnce.incrementAndGet() == 1
                                      ? "{\"ok\": tr"
                                      : "{\"ok\": true}"));
                  config.routes.post(
                      "/truncated-write",
                      ctx -> {
                        truncatedWrites.incrementAndGet();
                        ctx.contentType("application/json").result("{\"data\": {\"employ");
                      });
                  config.routes.get(
                      "/truncated",
                      ctx ->
                          ctx.contentType("application/json").result("{\"employees\": [{\"id\""));
                  config.routes.get(
                      "/auth",
                      ctx -> ctx.json(java.util.Map.of("got", ctx.header("Authorization"))));
                })
            .start(0);
    ApiSettings settings =
        ApiSettings.of("HiBob", "acme", URI.create("http://localhost:" + server.port()));
    client =
        new ApiClient(
            settings,
            Authorization.basic("SERVICE-1", TOKEN),
            HttpClient.newHttpClient(),
            new RateLimiter(50, Duration.ofMinutes(1), clock, sleeper),
            RetryAfter.HIBOB,
            clock,
            sleeper,
            Json.newMapper());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void retriesA5xxReadWithBackoffUntilItSucceeds() {
    JsonNode answer = client.json(ApiRequest.get("flaky read", "/flaky"));
    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(hits).hasValue(3);
    assertThat(slept).hasSize(2);
    assertThat(slept.get(1)).isGreaterThan(slept.get(0));
    assertThat(client.stats().total()).isEqualTo(3);
  }

  @Test
  void neverRetriesACreateAfterA5xxBecauseItMayHaveHappened() {
    assertThatThrownBy(
            () ->
                client.send(ApiRequest.postWrite("create employment", "/create", "{}".getBytes())))
        .isInstanceOfSatisfying(
            ApiUnavailableException.class,
            e -> {
              assertThat(e.mayHaveActed()).isTrue();
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.getMessage()).contains("create employment").contains("acme");
            });
    assertThat(hits).hasValue(1);
  }

  @Test
  void aReadThatTimesOutMidRunIsRetriedAndSucceeds() {
    ApiClient impatient = withTimeout(Duration.ofMillis(250));
    JsonNode answer = impatient.json(ApiRequest.get("slow read", "/slow-once"));
    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(hits).hasValue(2);
  }

  @Test
  void aCreateThatTimesOutIsNeverRepeatedAndSaysItMayHaveHappened() {
    ApiClient impatient = withTimeout(Duration.ofMillis(250));
    assertThatThrownBy(
            () ->
                impatient.send(
                    ApiRequest.postWrite("create employment", "/slow-create", "{}".getBytes())))
        .isInstanceOfSatisfying(
            ApiUnavailableException.class,
            e -> {
              assertThat(e.mayHaveActed()).isTrue();
              assertThat(e.getMessage()).contains("create employment").contains("no answer");
            });
    assertThat(hits).hasValue(1);
  }

  private ApiClient withTimeout(Duration timeout) {
    return new ApiClient(
        ApiSettings.of("Remote", "acme", URI.create("http://localhost:" + server.port()))
            .withTimeout(timeout),
        Authorization.bearer(TOKEN),
        HttpClient.newHttpClient(),
        new RateLimiter(50, Duration.ofMinutes(1), clock, sleeper),
        RetryAfter.REMOTE,
        clock,
        sleeper,
        Json.newMapper());
  }

  @Test
  void waitsForTheRateLimitResetAfterA429() {
    client.json(ApiRequest.get("people search", "/limited"));
    assertThat(hits).hasValue(2);
    assertThat(client.stats().rateLimitedCount()).isEqualTo(1);
    assertThat(slept).hasSize(1);
    assertThat(slept.get(0)).isBetween(Duration.ofSeconds(21), Duration.ofSeconds(22));
  }

  @Test
  void waitsForTheServersResetWhenItSaysNoCallsRemainInsteadOfRunningIntoA429() {
    client.json(ApiRequest.get("people search", "/last-in-window"));
    assertThat(slept).isEmpty();
    client.json(ApiRequest.get("people search", "/last-in-window"));
    assertThat(hits).hasValue(2);
    assertThat(client.stats().rateLimitedCount()).isZero();
    assertThat(slept).hasSize(1);
    assertThat(slept.get(0)).isBetween(Duration.ofSeconds(41), Duration.ofSeconds(42));
  }

  @Test
  void tellsBadCredentialsFromDeniedAccess() {
    assertThatThrownBy(() -> client.send(ApiRequest.get("people search", "/unauthorized")))
        .isInstanceOfSatisfying(
            ApiAuthException.class, e -> assertThat(e.badCredentials()).isTrue());
    assertThatThrownBy(() -> client.send(ApiRequest.get("people search", "/forbidden")))
        .isInstanceOfSatisfying(
            ApiAuthException.class,
            e -> {
              assertThat(e.badCredentials()).isFalse();
              assertThat(e.apiMessage()).isEqualTo("No access");
            });
  }

  @Test
  void htmlOnA200MeansAWrongUrl() {
    assertThatThrownBy(() -> client.send(ApiRequest.get("field metadata", "/html")))
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("text/html")
        .hasMessageContaining("check the API URL");
  }

  @Test
  void remoteFieldErrorsAreKeptByField() {
    assertThatThrownBy(
            () ->
                client.send(ApiRequest.postWrite("create employment", "/invalid", "{}".getBytes())))
        .isInstanceOfSatisfying(
            ApiRejectedException.class,
            e -> {
              assertThat(e.fieldErrors())
                  .containsEntry("provisional_start_date", List.of("cannot be in the past"));
              assertThat(e.getMessage()).contains("provisional_start_date cannot be in the past");
            });
  }

  @Test
  void truncatedJsonIsUnavailableLikeA5xxWhetherReadWholeOrStreamed() {
    assertThatThrownBy(() -> client.json(ApiRequest.get("people search", "/truncated")))
        .isInstanceOfSatisfying(
            ApiUnavailableException.class, e -> assertThat(e.mayHaveActed()).isFalse())
        .hasMessageContaining("cut short");
    assertThatThrownBy(
            () ->
                client.stream(
                    ApiRequest.get("people search", "/truncated"),
                    in -> client.json().readTree(in)))
        .isInstanceOf(ApiUnavailableException.class);
  }

  @Test
  void aReadCutShortOnceIsSentAgain() {
    JsonNode answer = client.json(ApiRequest.get("field metadata", "/truncated-once"));
    assertThat(answer.path("ok").asBoolean()).isTrue();
    assertThat(truncatedOnce.get()).isEqualTo(2);
  }

  @Test
  void aWriteCutShortIsNotSentAgainAndMayHaveActed() {
    assertThatThrownBy(
            () ->
                client.json(
                    ApiRequest.postWrite("create employment", "/truncated-write", "{}".getBytes())))
        .isInstanceOfSatisfying(
            ApiUnavailableException.class, e -> assertThat(e.mayHaveActed()).isTrue())
        .hasMessageContaining("cut short");
    assertThat(truncatedWrites.get()).isEqualTo(1);
  }

  @Test
  void sendsBasicAuthButNeverPrintsTheToken() {
    JsonNode answer = client.json(ApiRequest.get("auth", "/auth"));
    String expected =
        java.util.Base64.getEncoder()
            .encodeToString(("SERVICE-1:" + TOKEN).getBytes(StandardCharsets.UTF_8));
    assertThat(answer.get("got").asText()).isEqualTo("Basic " + expected);
    assertThat(Authorization.basic("SERVICE-1", TOKEN).toString()).doesNotContain(TOKEN);
    assertThatThrownBy(() -> client.send(ApiRequest.get("people search", "/forbidden")))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(expected));
  }

  @Test
  void ssnLikeNumbersInAnApiMessageAreMasked() {
    assertThat(ApiException.scrub("ssn 123-45-6789 is taken")).isEqualTo("ssn [masked] is taken");
  }
}
