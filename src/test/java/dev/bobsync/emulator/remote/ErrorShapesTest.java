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
  void validationErrorComesInTheShapeSetForTheCompany() throws Exception {
    String bad = "{\"country_code\": \"PRT\", \"manager_id\": \"u-1\"}";

    control.put("/_emulator/companies/acme/error-shape", "{\"shape\": \"errors_list\"}");
    Api.Answer list = acme.post("/v1/employments", bad);
    assertThat(list.status()).isEqualTo(422);
    assertThat(list.errors().isArray()).isTrue();
    assertThat(list.errors().get(0).asText()).startsWith("manager_id: ");
    assertThat(list.body().has("message")).isFalse();

    control.put("/_emulator/companies/acme/error-shape", "{\"shape\": \"message_list\"}");
    Api.Answer params = acme.post("/v1/employments", bad);
    assertThat(params.body().path("message").isArray()).isTrue();
    assertThat(params.body().path("message").findValuesAsText("param"))
        .contains("manager_id", "basic_information");
    assertThat(params.body().path("message").get(0).path("code").asText()).isEqualTo("invalid");

    control.put("/_emulator/companies/acme/error-shape", "{\"shape\": \"message_string\"}");
    Api.Answer text = acme.post("/v1/employments", bad);
    assertThat(text.body().path("message").asText())
        .contains("manager_id")
        .contains("basic_information");

    assertThat(emulator.company("acme").errorShape()).isEqualTo(ErrorShape.MESSAGE_STRING);
    assertThat(
            control.put("/_emulator/companies/acme/error-shape", "{\"shape\": \"xml\"}").status())
        .isEqualTo(400);
    assertThat(globex.post("/v1/employments", bad).errors().isObject())
        .as("other companies keep theirs")
        .isTrue();
  }

  @Test
  void aFixtureMaySetTheShape() {
    RemoteFixture fixture =
        RemoteFixture.parse(
            """
            {"companies": [{"id": "x", "apiToken": "ra_test_x", "errorShape": "errors_list"}]}
            """);
    try (RemoteEmulator other = RemoteEmulator.start(fixture, 0, clock)) {
      assertThat(other.company("x").errorShape()).isEqualTo(ErrorShape.ERRORS_LIST);
    }
    RemoteFixture wrong =
        RemoteFixture.parse(
            """
            {"companies": [{"id": "x", "apiToken": "ra_test_x", "errorShape": "html"}]}
            """);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RemoteEmulator.start(wrong, 0, clock))
        .hasMessageContaining("errorShape");
  }

  @Test
  void unauthenticatedAnswerIsJsonToo() throws Exception {
    Api.Answer answer = control.post("/v1/employments", "{}");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().has("message")).isTrue();
  }
}
