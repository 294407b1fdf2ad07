package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.emulator.Faults;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void errorRateAnswersTheChosen5xxUntilCleared() {
    api.control("PUT", "/faults", "{\"errorRate\": 1.0, \"errorStatus\": 502}");
    Api.Response r = api.post("/people/search", "{}");
    assertThat(r.status()).isEqualTo(502);
    assertThat(r.json().has("key")).isTrue();
    assertThat(api.control("DELETE", "/faults", null).status()).isEqualTo(204);
    assertThat(api.post("/people/search", "{}").status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysEveryAnswerByAtLeastTheConfiguredTimeUntilCleared() {
    api.control("PUT", "/faults", "{\"latencyMs\": 300}");
    long started = System.nanoTime();
    assertThat(api.get("/company/people/fields").status()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    api.control("DELETE", "/faults", null);
    assertThat(api.emulator.faults().settings().latencyMs()).isZero();
  }

  @Test
  void forced429CarriesRateLimitHeadersAndIsCounted() {
    api.control("PUT", "/faults", "{\"force429\": 1}");
    Api.Response r = api.get("/company/people/fields");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.headers().firstValue("X-RateLimit-Reset")).isPresent();
    assertThat(api.emulator.stats().rateLimited()).isEqualTo(1);
    assertThat(api.get("/company/people/fields").status()).isEqualTo(200);
  }

  @Test
  void truncatedBodyIsCutInHalfOnceEvenWhenStreamed() {
    String anaOnly =
        "{\"filters\": [{\"fieldPath\": \"root.id\", \"operator\": \"equals\", \"values\": [\""
            + Api.ANA
            + "\"]}]}";
    String full = api.post("/people/search", anaOnly).body();
    api.control("PUT", "/faults", "{\"truncateNext\": 1}");
    assertThat(api.post("/people/search", anaOnly).body())
        .isEqualTo(full.substring(0, full.length() / 2));
    assertThat(api.post("/people/search", anaOnly).body()).isEqualTo(full);
  }

  @Test
  void droppedConnectionAfterAWriteKeepsTheWrite() {
    api.emulator.faults().set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    assertThatThrownBy(
            () -> api.put("/people/" + Api.ANA, "{\"work\": {\"startDate\": \"2021-04-01\"}}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(api.searchOne(Api.ANA, "[\"work.startDate\"]").at("/work/startDate").asText())
        .isEqualTo("2021-04-01");
  }
}
