package dev.bobsync.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** HiBob's webhook envelopes, v2 and v1, as bobsync reads them. */
class WebhookEnvelopeTest {
  private static WebhookEnvelope.Read read(String json) {
    try {
      JsonNode node = Json.newMapper().readTree(json);
      return WebhookEnvelope.read(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static WebhookEnvelope envelope(String json) {
    return ((WebhookEnvelope.Envelope) read(json)).envelope();
  }

  @Test
  void R10_v2EnvelopeWithMicrosecondsAndNoZoneIsReadAsUtc() {
    WebhookEnvelope e =
        envelope(
            "{\"companyId\": 630000, \"type\": \"timeoff.request.approved\", \"triggeredBy\":"
                + " \"system\", \"triggeredAt\": \"2025-01-08T13:06:26.915906\", \"version\":"
                + " \"v2\", \"data\": {\"employeeId\": \"3437\", \"requestId\": 12,"
                + " \"getApi\": \"/v1/timeoff/employees/3437/requests/12\"}}");
    assertThat(e.version()).isEqualTo("v2");
    assertThat(e.triggeredAt()).isEqualTo(Instant.parse("2025-01-08T13:06:26.915906Z"));
    assertThat(e.employeeId()).isEqualTo("3437");
    assertThat(e.requestId()).isEqualTo("12");
    assertThat(e.family()).hasValue("timeoff");
  }

  @Test
  void R10_unknownEventTypeIsReadAndConcernsNoSync() {
    WebhookEnvelope e =
        envelope(
            "{\"type\": \"goals.goal.created\", \"version\": \"v2\", \"triggeredAt\": \"x\","
                + " \"data\": {\"goalId\": 5}}");
    assertThat(e.family()).isEmpty();
    assertThat(e.triggeredAt()).isNull();
  }

  @Test
  void R10_v1EnvelopeIsReadAsFarAsItGoes() {
    WebhookEnvelope e =
        envelope(
            "{\"companyId\": 1, \"type\": \"employee.updated\", \"triggeredAt\":"
                + " \"2024-05-01T10:00:00Z\", \"data\": {\"employee\": {\"id\": \"3437\"}}}");
    assertThat(e.version()).isEqualTo("v1");
    assertThat(e.employeeId()).isEqualTo("3437");
    assertThat(envelope("{\"type\": \"employee.created\", \"data\": {\"id\": 3438}}").employeeId())
        .isEqualTo("3438");
  }

  @Test
  void R10_aBodyThatIsNoEnvelopeIsRefusedSayingWhy() {
    assertThat(((WebhookEnvelope.Refused) read("[1]")).why()).contains("not a JSON object");
    assertThat(((WebhookEnvelope.Refused) read("{\"data\": {}}")).why()).contains("no \"type\"");
    assertThat(
            ((WebhookEnvelope.Refused) read("{\"type\": \"employee.updated\", \"data\": 5}")).why())
        .contains("\"data\" is not an object");
  }
}
