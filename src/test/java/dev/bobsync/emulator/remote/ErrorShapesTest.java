package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorShapesTest extends EmulatorTestBase {

  @Test
  void unknownPathIsAJson404() throws Exception {
    for (Api api : new Api[] {acme, control}) {
      Api.Answer answer = api.get("/v1/nowhere");
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(answer.body().path("message").asText()).isNotBlank();
    }
  }

  @Test
  void bodyThatIsNotJsonIs400WithAMessage() throws Exception {
    Api.Answer answer = acme.post("/v1/employments", "{not json");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("message").asText()).isEqualTo("Request body is not valid JSON");
    assertThat(acme.post("/v1/employments", "[1, 2]").status()).isEqualTo(400);
  }

  @Test
  void validationErrorIs422WithAListOfMessagesPerFieldAndAMessageBeside() throws Exception {
    Api.Answer answer = acme.post("/v1/employments", "{\"country_code\": \"PRT\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().path("message").asText()).isEqualTo("Employment could not be created");
    assertThat(answer.errors().path("basic_information").isArray()).isTrue();
    assertThat(answer.errors().path("basic_information").get(0).asText())
        .isEqualTo("can't be blank");
  }

  @Test
  void unauthenticatedAnswerIsJsonToo() throws Exception {
    Api.Answer answer = control.post("/v1/employments", "{}");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().has("message")).isTrue();
  }
}
