package dev.bobsync.emulator.remote;

import static dev.bobsync.emulator.remote.TestFixtures.newHire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends EmulatorTestBase {

  @Test
  void droppedConnectionAfterCreateLeavesTheEmploymentInPlace() throws Exception {
    assertThat(control.put("/_emulator/faults", "{\"dropNext\": 1}").status()).isEqualTo(200);

    assertThatThrownBy(
            () ->
                acme.post(
                    "/v1/employments", newHire("employee", "nia@personal.example", "2027-01-04")))
        .isInstanceOf(IOException.class);

    Api.Answer lookup = acme.get("/v1/employments?email=nia%40personal.example");
    assertThat(lookup.data().path("total_count").asInt()).isEqualTo(1);
    assertThat(
            acme.post("/v1/employments", newHire("employee", "nia@personal.example", "2027-01-04"))
                .status())
        .as("a blind retry is refused, not duplicated")
        .isEqualTo(422);
  }

  @Test
  void droppedConnectionWaitsForAWriteThatSucceeds() throws Exception {
    control.put("/_emulator/faults", "{\"dropNext\": 1}");
    assertThat(acme.get("/v1/employments").status()).isEqualTo(200);
    assertThat(acme.post("/v1/employments", "{}").status()).isEqualTo(422);
    assertThatThrownBy(() -> acme.patch("/v1/employments/e-active", "{\"external_id\": \"2\"}"))
        .isInstanceOf(IOException.class);
    assertThat(emulator.company("acme").employment("e-active").orElseThrow().externalId())
        .isEqualTo("2");
  }

  @Test
  void forced429AnswersTheNextRequestsThenStops() throws Exception {
    control.put("/_emulator/faults", "{\"force429\": 2}");
    Api.Answer first = acme.get("/v1/employments");
    assertThat(first.status()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).isEmpty();
    assertThat(first.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
    assertThat(acme.get("/v1/employments").status()).isEqualTo(429);
    assertThat(acme.get("/v1/employments").status()).isEqualTo(200);
    assertThat(emulator.requests("acme").rateLimited()).isEqualTo(2);
  }

  @Test
  void errorRateOfOneAnswersEveryRequestWithTheChosen5xxAsJson() throws Exception {
    control.put("/_emulator/faults", "{\"errorRate\": 1.0, \"errorStatus\": 502}");
    Api.Answer answer =
        acme.post("/v1/employments", newHire("employee", "nia@personal.example", "2027-01-04"));
    assertThat(answer.status()).isEqualTo(502);
    assertThat(answer.body().has("message")).isTrue();
    assertThat(emulator.company("acme").employments()).hasSize(7);

    assertThat(control.delete("/_emulator/faults").status()).isEqualTo(204);
    assertThat(acme.get("/v1/employments").status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysEveryAnswerByAtLeastTheConfiguredTime() throws Exception {
    control.put("/_emulator/faults", "{\"latencyMs\": 300}");
    long started = System.nanoTime();
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
  }

  @Test
  void truncatedBodyCannotBeParsedAndOnlyTheNextOneIsCut() throws Exception {
    control.put("/_emulator/faults", "{\"truncateNext\": 1}");
    assertThatThrownBy(() -> acme.get("/v1/company-managers")).isInstanceOf(IOException.class);
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
  }

  @Test
  void nonsenseFaultSettingsAre400() throws Exception {
    Api.Answer answer = control.put("/_emulator/faults", "{\"errorRate\": 2}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("message").asText()).contains("errorRate");
    assertThat(control.get("/_emulator/faults").body().path("errorRate").asDouble()).isZero();
  }

  @Test
  void faultsNeverTouchTheControlApi() throws Exception {
    control.put("/_emulator/faults", "{\"force429\": 5, \"errorRate\": 1.0}");
    assertThat(control.get("/_emulator/state").status()).isEqualTo(200);
  }
}
