package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiShapeTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void unknownPathAnswers200WithHtmlNot404() {
    for (Api.Response r :
        new Api.Response[] {
          api.get("/people"), api.get("/no/such/thing"), api.post("/people/search/extra", "{}")
        }) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).startsWith("text/html");
    }
  }

  @Test
  void errorsHaveHibobsKeyAndErrorShape() {
    Api.Response r = api.post("/people/search", "{\"humanReadable\": \"SOMETIMES\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(PeopleSearchTest.fieldNames(r.json())).containsExactly("key", "error");
    assertThat(api.post("/people/search", "{not json").json().get("key").asText())
        .isEqualTo("exception.bad.request");
  }

  @Test
  void getCarryingAJsonContentTypeFailsWithAnHtml400() {
    Api.Response r = api.getWithJsonContentType("/timeoff/policy-types");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(api.get("/timeoff/policy-types").status()).isEqualTo(200);
  }
}
