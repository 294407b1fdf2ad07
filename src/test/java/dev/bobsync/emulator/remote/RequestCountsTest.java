package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RequestCountsTest extends EmulatorTestBase {

  @Override
  RemoteFixture fixture() {
    return TestFixtures.standard().withRateLimit(4);
  }

  @Test
  void countsPerRouteTemplateReadsWritesAndRateLimitedAnswers() throws Exception {
    acme.get("/v1/employments");
    acme.get("/v1/employments/e-active");
    acme.get("/v1/employments/e-us");
    acme.patch("/v1/employments/e-active", "{\"external_id\": \"1\"}");
    acme.get("/v1/company-managers"); // the fifth: 429
    globex.get("/v1/employments");

    RequestCounts counts = emulator.requests("acme");
    assertThat(counts.total()).isEqualTo(5);
    assertThat(counts.reads()).isEqualTo(4);
    assertThat(counts.writes()).isEqualTo(1);
    assertThat(counts.rateLimited()).isEqualTo(1);
    assertThat(counts.count("GET", "/v1/employments/{id}")).isEqualTo(2);
    assertThat(counts.count("PATCH", "/v1/employments/{id}")).isEqualTo(1);
    assertThat(counts.count("GET", "/v1/company-managers")).isEqualTo(1);
    assertThat(emulator.requests("globex").total()).isEqualTo(1);
  }

  @Test
  void countsAreReadableAndResettableOverTheControlApi() throws Exception {
    acme.get("/v1/employments");
    acme.post("/v1/timeoff", "{}");

    JsonNode stats = control.get("/_emulator/stats").body().path("companies").path("acme");
    assertThat(stats.path("total").asInt()).isEqualTo(2);
    assertThat(stats.path("reads").asInt()).isEqualTo(1);
    assertThat(stats.path("writes").asInt()).isEqualTo(1);
    assertThat(stats.path("rate_limited").asInt()).isZero();
    assertThat(stats.path("by_route").path("POST /v1/timeoff").asInt()).isEqualTo(1);

    assertThat(control.delete("/_emulator/stats").status()).isEqualTo(204);
    assertThat(emulator.requests("acme")).isEqualTo(RequestCounts.NONE);
  }

  @Test
  void requestsWithoutAValidTokenAndControlCallsAreNotCounted() throws Exception {
    api("ra_test_nobody").get("/v1/employments");
    control.get("/_emulator/state");
    assertThat(emulator.requests()).containsOnlyKeys("acme", "globex");
    assertThat(emulator.requests("acme").total()).isZero();
  }
}
