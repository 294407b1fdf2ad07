package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadEmployeeTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void readsOneEmployeeByIdOrEmailAsABareObject() {
    Api.Response byId = api.post("/people/" + Api.MEI, "{\"fields\": [\"root.firstName\"]}");
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.json().get("firstName").asText()).isEqualTo("美咲");
    Api.Response byEmail = api.post("/people/ana@acme.example", "{}");
    assertThat(byEmail.json().get("id").asText()).isEqualTo(Api.ANA);
    assertThat(byEmail.json().at("/work/title").isMissingNode()).isFalse();
  }

  @Test
  void unknownEmployeeIs404() {
    Api.Response r = api.post("/people/999", "{}");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.employee.not.found");
  }

  @Test
  void takesNoFilters() {
    String body =
        "{\"filters\": [{\"fieldPath\": \"root.id\", \"operator\": \"equals\", \"values\": [\"1\"]}]}";
    assertThat(api.post("/people/" + Api.ANA, body).status()).isEqualTo(400);
  }

  @Test
  void leaverIsFoundOnlyWithShowInactive() {
    assertThat(api.post("/people/" + Api.LEE, "{}").status()).isEqualTo(404);
    Api.Response r =
        api.post(
            "/people/" + Api.LEE, "{\"showInactive\": true, \"fields\": [\"internal.status\"]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/internal/status").asText()).isEqualTo("Inactive");
  }
}
