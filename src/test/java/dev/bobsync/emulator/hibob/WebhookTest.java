package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.http.Hmac;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private static final String SECRET = "hook-secret";

  /** One webhook as received: its signature header and raw body. */
  private record Received(String signature, byte[] body) {}

  private final Api api = Api.example();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private HttpServer receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(new Received(exchange.getRequestHeaders().getFirst("Bob-Signature"), body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    String url = "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
    assertThat(
            api.control(
                    "POST",
                    "/webhooks",
                    "{\"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}")
                .status())
        .isEqualTo(201);
  }

  @AfterEach
  void stop() {
    api.close();
    receiver.stop(0);
  }

  @Test
  void controlApiChangeSendsASignedV2Envelope() throws Exception {
    api.control("PATCH", "/employees/" + Api.ANA, "{\"home\": {\"familyStatus\": \"Married\"}}");
    Received hook = next();
    assertThat(hook.signature()).isEqualTo(Hmac.hibobSignature(SECRET, hook.body()));
    JsonNode envelope = api.mapper.readTree(hook.body());
    assertThat(envelope.get("companyId").asLong()).isEqualTo(630000);
    assertThat(envelope.get("type").asText()).isEqualTo("employee.updated");
    assertThat(envelope.get("triggeredBy").asText()).isEqualTo(LiveCompany.CONTROL_API);
    assertThat(envelope.get("triggeredAt").asText())
        .isEqualTo(WebhookPublisher.TRIGGERED_AT.format(Api.NOW));
    assertThat(envelope.get("triggeredAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    assertThat(envelope.get("version").asText()).isEqualTo("v2");
    assertThat(envelope.get("data").toString()).isEqualTo("{\"employeeId\":\"" + Api.ANA + "\"}");
  }

  @Test
  void putPeopleSendsEmployeeUpdatedTriggeredByTheServiceUser() throws Exception {
    api.put("/people/" + Api.ANA, "{\"work\": {\"custom\": {\"field_1700000000001\": \"3\"}}}");
    JsonNode envelope = api.mapper.readTree(next().body());
    assertThat(envelope.get("type").asText()).isEqualTo("employee.updated");
    assertThat(envelope.get("triggeredBy").asText()).isEqualTo("SERVICE-1");
  }

  @Test
  void everyKindOfChangeFiresItsEvent() throws Exception {
    LiveCompany company = api.emulator.company();
    company.addHire(
        api.tree(
            "{\"email\": \"new@acme.example\", \"firstName\": \"New\", \"surname\": \"Hire\","
                + " \"work\": {\"startDate\": \"2027-02-01\"}}"));
    company.patchEmployee(Api.JO, api.tree("{\"work\": {\"department\": \"Sales\"}}"));
    company.terminate(Api.MEI, LocalDate.of(2026, 11, 30), "Resignation");
    long id =
        company.addTimeOffRequest(
            new TimeOffDraft(
                Api.ANA, "Holiday", "pending", LocalDate.of(2027, 3, 1), null, null, null, null));
    company.setTimeOffStatus(id, "approved");
    company.deleteTimeOffRequest(id);
    assertThat(types(10))
        .containsExactly(
            "employee.created",
            "employee.updated",
            "table.entry.created",
            "employee.left",
            "employee.inactivated",
            "timeoff.request.requested",
            "timeoff.request.approved",
            "timeoff.request.deleted");
  }

  private List<String> types(int atMost) throws Exception {
    api.emulator.awaitWebhooks(Duration.ofSeconds(5));
    List<String> types = new ArrayList<>();
    Received r;
    while (types.size() < atMost && (r = received.poll()) != null) {
      types.add(api.mapper.readTree(r.body()).get("type").asText());
    }
    return types;
  }

  private Received next() throws InterruptedException {
    Received r = received.poll(5, TimeUnit.SECONDS);
    assertThat(r).as("a webhook within 5 s").isNotNull();
    return r;
  }
}
