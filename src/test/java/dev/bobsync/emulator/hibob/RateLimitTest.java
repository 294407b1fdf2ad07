package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void searchAllows50RequestsAMinuteThen429WithRateLimitHeaders() {
    for (int i = 0; i < 50; i++) {
      assertThat(api.post("/people/search", "{}").status()).isEqualTo(200);
    }
    Api.Response refused = api.post("/people/search", "{}");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("key").asText()).isEqualTo("exception.rate.limit");
    assertThat(refused.headers().firstValue("X-RateLimit-Limit")).hasValue("50");
    assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(refused.headers().firstValue("X-RateLimit-Reset"))
        .hasValue(Long.toString(Api.NOW.plusSeconds(60).getEpochSecond()));
    assertThat(api.get("/company/people/fields").status()).isEqualTo(200);

    api.clock.advance(Duration.ofSeconds(60));
    assertThat(api.post("/people/search", "{}").status()).isEqualTo(200);
    assertThat(api.emulator.stats().rateLimited()).isEqualTo(1);
  }

  @Test
  void eachServiceUserHasItsOwnWindow() {
    api.emulator.rateLimits(new RateLimits(1, 50, 10, 10));
    assertThat(api.post("/people/search", "{}").status()).isEqualTo(200);
    assertThat(api.post("/people/search", "{}").status()).isEqualTo(429);
    assertThat(api.as("SERVICE-2", "secret-2").post("/people/search", "{}").status())
        .isEqualTo(200);
  }

  @Test
  void limitsAreConfigurableThroughTheControlApi() {
    Api.Response set =
        api.control(
            "PUT",
            "/rate-limits",
            "{\"searchPerMinute\": 2, \"readsPerMinute\": 50, \"writesPerMinute\": 10,"
                + " \"authFailuresPerMinute\": 10}");
    assertThat(set.status()).isEqualTo(200);
    api.post("/people/search", "{}");
    Api.Response second = api.post("/people/search", "{}");
    assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(api.post("/people/search", "{}").status()).isEqualTo(429);
  }

  @Test
  void writesHaveASmallerLimitThanReads() {
    for (int i = 0; i < 10; i++) {
      api.put(
          "/people/" + Api.ANA, "{\"work\": {\"startDate\": \"2021-03-0" + (i % 9 + 1) + "\"}}");
    }
    Api.Response refused = api.put("/people/" + Api.ANA, "{}");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().firstValue("X-RateLimit-Limit")).hasValue("10");
  }
}
