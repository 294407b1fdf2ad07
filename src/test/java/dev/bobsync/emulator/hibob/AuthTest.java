package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void wrongTokenOrUnknownServiceUserAnswers401() {
    assertThat(api.as("SERVICE-1", "wrong").post("/people/search", "{}").status()).isEqualTo(401);
    Api.Response r = api.as("SERVICE-404", "secret").post("/people/search", "{}");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.unauthorized");
  }

  @Test
  void serviceUserInNoPermissionGroupGets403OnEveryCall() {
    api.as("SERVICE-3", "secret-3");
    List<Api.Response> answers =
        List.of(
            api.post("/people/search", "{}"),
            api.post("/people/" + Api.ANA, "{}"),
            api.get("/company/people/fields"),
            api.get("/company/named-lists"),
            api.get("/timeoff/policy-types"),
            api.get("/people/" + Api.ANA + "/salaries"));
    assertThat(answers).extracting(Api.Response::status).containsOnly(403);
    assertThat(answers.get(0).json().get("error").asText()).contains("permission group");
  }

  @Test
  void repeatedAuthFailuresAreThrottledEvenForGoodCredentialsUntilTheMinuteEnds() {
    for (int i = 0; i < RateLimits.DEFAULT.authFailuresPerMinute(); i++) {
      assertThat(api.as("SERVICE-1", "guess-" + i).get("/timeoff/policy-types").status())
          .isEqualTo(401);
    }
    assertThat(api.as("SERVICE-1", "one-more").get("/timeoff/policy-types").status())
        .isEqualTo(429);
    Api.Response blocked = api.as("SERVICE-1", "secret").get("/timeoff/policy-types");
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.json().get("key").asText()).isEqualTo("exception.auth.throttled");

    api.clock.advance(Duration.ofMinutes(1));
    assertThat(api.get("/timeoff/policy-types").status()).isEqualTo(200);
  }

  @Test
  void aServiceUserInAGroupOfTheTypeEmployeeOrAdminGetsWhatOneInNoGroupGets() throws Exception {
    for (String type : List.of("employee", "admin", "serviceUser")) {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      var doc =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              mapper.readTree(java.nio.file.Files.readString(Api.EXAMPLE_FIXTURE));
      ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("permissionGroups").get(0))
          .put("type", type);
      try (Api typed = Api.start(HibobCompany.fromFixtureJson(doc.toString(), type))) {
        typed.as("SERVICE-1", "secret");
        List<Api.Response> answers =
            List.of(
                typed.post("/people/search", "{}"),
                typed.get("/company/people/fields"),
                typed.get("/timeoff/policy-types"));
        if (type.equals("serviceUser")) {
          assertThat(answers).extracting(Api.Response::status).containsOnly(200);
        } else {
          assertThat(answers).as(type).extracting(Api.Response::status).containsOnly(403);
          assertThat(answers.get(0).json().get("key").asText())
              .isEqualTo("exception.permission.denied");
        }
      }
    }
  }
}
