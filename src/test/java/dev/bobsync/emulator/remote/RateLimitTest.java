package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest extends EmulatorTestBase {

  @Override
  RemoteFixture fixture() {
    return TestFixtures.standard().withRateLimit(3);
  }

  @Test
  void everyAnswerCarriesTheRateLimitHeaders() throws Exception {
    Api.Answer first = acme.get("/v1/employments");
    assertThat(first.headers().firstValue("x-ratelimit-count")).hasValue("1");
    assertThat(first.headers().firstValue("x-ratelimit-remaining")).hasValue("2");
    assertThat(first.headers().firstValue("x-ratelimit-reset")).hasValue("60000");

    clock.advance(Duration.ofSeconds(15));
    Api.Answer second = acme.get("/v1/employments/e-404");
    assertThat(second.status()).isEqualTo(404);
    assertThat(second.headers().firstValue("x-ratelimit-count")).hasValue("2");
    assertThat(second.headers().firstValue("x-ratelimit-reset")).hasValue("45000");
  }

  @Test
  void overTheLimitIs429JsonWithoutRetryAfter() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
    }
    Api.Answer refused = acme.get("/v1/company-managers");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().path("message").asText()).contains("3 per minute");
    assertThat(refused.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
    assertThat(refused.headers().firstValue("x-ratelimit-count")).hasValue("3");
    assertThat(refused.headers().firstValue("x-ratelimit-reset")).hasValue("60000");
    assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
    assertThat(emulator.requests("acme").rateLimited()).isEqualTo(1);
  }

  @Test
  void theWindowIsFixedAndResetsSixtySecondsAfterItsFirstRequest() throws Exception {
    acme.get("/v1/company-managers");
    clock.advance(Duration.ofSeconds(59));
    acme.get("/v1/company-managers");
    acme.get("/v1/company-managers");
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(1));
    Api.Answer fresh = acme.get("/v1/company-managers");
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.headers().firstValue("x-ratelimit-remaining")).hasValue("2");
  }

  @Test
  void eachCompanyHasItsOwnWindow() throws Exception {
    for (int i = 0; i < 4; i++) {
      acme.get("/v1/company-managers");
    }
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(429);
    assertThat(globex.get("/v1/company-managers").status()).isEqualTo(200);
  }

  @Test
  void theControlApiIsNotRateLimited() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(control.get("/_emulator/state").status()).isEqualTo(200);
    }
    assertThat(acme.get("/v1/company-managers").headers().firstValue("x-ratelimit-count"))
        .hasValue("1");
  }
}
