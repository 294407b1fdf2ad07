package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpdateEmployeeTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void putPatchesWith200AndAnswers304WhenNothingChanges() {
    String body = "{\"work\": {\"custom\": {\"field_1700000000001\": \"2\"}}}";
    Api.Response changed = api.put("/people/" + Api.ANA, body);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body()).isEmpty();
    assertThat(api.put("/people/" + Api.ANA, body).status()).isEqualTo(304);
    assertThat(
            api.searchOne(Api.ANA, "[\"" + Api.SYNC_FIELD + "\", \"root.firstName\"]")
                .at("/work/custom/field_1700000000001")
                .asText())
        .isEqualTo("2");
  }

  @Test
  void historicalComputedAndUnknownFieldsAreIgnoredWith304() {
    String body =
        "{\"work\": {\"title\": \"CEO\"}, \"address\": {\"city\": \"Porto\"},"
            + " \"fullName\": \"X\", \"nothing\": {\"here\": 1}}";
    assertThat(api.put("/people/" + Api.ANA, body).status()).isEqualTo(304);
    assertThat(api.searchOne(Api.ANA, "[\"address.city\"]").at("/address/city").asText())
        .isEqualTo("Lisboa");
  }

  @Test
  void aListValueThatIsNoItemIdIs400() {
    Api.Response r =
        api.put(
            "/people/" + Api.ANA,
            "{\"work\": {\"custom\": {\"field_1700000000001\": \"As employee\"}}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().has("key")).isTrue();
    assertThat(r.json().get("error").asText()).contains("syncToRemote");
  }

  @Test
  void changingASectionWithoutEditIs403AndUnknownEmployee404() {
    assertThat(api.put("/people/" + Api.ANA, "{\"firstName\": \"Anna\"}").status()).isEqualTo(403);
    assertThat(api.put("/people/42", "{\"work\": {\"startDate\": \"2020-01-01\"}}").status())
        .isEqualTo(404);
  }
}
