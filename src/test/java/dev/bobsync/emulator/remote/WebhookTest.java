package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.http.Hmac;
import dev.bobsync.http.Json;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest extends EmulatorTestBase {
  private static final ObjectMapper MAPPER = Json.newMapper();

  /** One webhook as the receiver saw it. */
  record Received(String body, String signature, String timestamp) {
    JsonNode json() throws Exception {
      return MAPPER.readTree(body);
    }
  }

  private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private HttpServer receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          received.add(
              new Received(
                  new String(
                      exchange.getRequestBody().readAllBytes(),
                      java.nio.charset.StandardCharsets.UTF_8),
                  exchange.getRequestHeaders().getFirst("X-Remote-Signature"),
                  exchange.getRequestHeaders().getFirst("X-Remote-Timestamp")));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void registeringACallbackAnswersItsSigningKey() throws Exception {
    Api.Answer answer = register(acme, "employment.status.updated");
    assertThat(answer.status()).isEqualTo(201);
    JsonNode callback = answer.data().path("webhook_callback");
    assertThat(callback.path("id").asText()).isNotBlank();
    assertThat(callback.path("signing_key").asText()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(callback.path("subscribed_events").get(0).asText())
        .isEqualTo("employment.status.updated");
  }

  @Test
  void registrationNeedsAnHttpUrlAndKnownEvents() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/webhook-callbacks",
            "{\"url\": \"ftp://x\", \"subscribed_events\": [\"employment.hired\"]}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().has("url")).isTrue();
    assertThat(answer.errors().has("subscribed_events")).isTrue();
  }

  @Test
  void statusChangeIsDeliveredSignedOverBodyColonTimestamp() throws Exception {
    String key =
        register(acme, "employment.status.updated")
            .data()
            .path("webhook_callback")
            .path("signing_key")
            .asText();

    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.INVITED);

    Received hook = next();
    JsonNode payload = hook.json();
    assertThat(payload.path("event_type").asText()).isEqualTo("employment.status.updated");
    assertThat(payload.path("company_id").asText()).isEqualTo("acme");
    assertThat(payload.path("employment_id").asText()).isEqualTo("e-created");
    assertThat(hook.timestamp()).isEqualTo(Long.toString(NOW.toEpochMilli()));
    assertThat(hook.signature())
        .isEqualTo(
            Hmac.remoteSignature(
                key,
                hook.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                hook.timestamp()));
  }

  @Test
  void onboardingStartedAndCompletedAreSentAlongTheWay() throws Exception {
    register(
        acme,
        "employment.status.updated",
        "employment.onboarding.started",
        "employment.onboarding.completed");
    RemoteCompany company = emulator.company("acme");

    company.moveEmployment("e-created", EmploymentStatus.INVITED);
    company.moveEmployment("e-created", EmploymentStatus.REVIEW);
    company.moveEmployment("e-created", EmploymentStatus.ACTIVE);

    List<String> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(next().json().path("event_type").asText());
    }
    assertThat(events)
        .containsExactly(
            "employment.status.updated",
            "employment.onboarding.started",
            "employment.status.updated",
            "employment.status.updated",
            "employment.onboarding.completed");
  }

  @Test
  void onlySubscribedEventsOfTheOwnCompanyAreSent() throws Exception {
    register(acme, "employment.onboarding.completed");
    register(globex, "employment.status.updated");

    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.INVITED);
    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.ACTIVE);
    emulator.awaitWebhooks(Duration.ofSeconds(5));

    assertThat(received).hasSize(1);
    assertThat(next().json().path("event_type").asText())
        .isEqualTo("employment.onboarding.completed");
  }

  @Test
  void updatesThroughTheApiSendEmploymentUpdated() throws Exception {
    register(acme, "employment.updated");
    acme.patch("/v1/employments/e-active", "{\"external_id\": \"1\"}");
    JsonNode payload = next().json();
    assertThat(payload.path("event_type").asText()).isEqualTo("employment.updated");
    assertThat(payload.path("employment_id").asText()).isEqualTo("e-active");
  }

  @Test
  void aDeletedCallbackGetsNothing() throws Exception {
    String id =
        register(acme, "employment.status.updated")
            .data()
            .path("webhook_callback")
            .path("id")
            .asText();
    assertThat(globex.delete("/v1/webhook-callbacks/" + id).status()).isEqualTo(404);
    assertThat(acme.delete("/v1/webhook-callbacks/" + id).status()).isEqualTo(204);

    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.INVITED);
    emulator.awaitWebhooks(Duration.ofSeconds(5));
    assertThat(received).isEmpty();
  }

  private Api.Answer register(Api api, String... events) throws Exception {
    String url = "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
    return api.post(
        "/v1/webhook-callbacks",
        MAPPER.writeValueAsString(
            java.util.Map.of("url", url, "subscribed_events", List.of(events))));
  }

  private Received next() throws InterruptedException {
    Received hook = received.poll(10, TimeUnit.SECONDS);
    assertThat(hook).as("a webhook within 10 s").isNotNull();
    return hook;
  }
}
