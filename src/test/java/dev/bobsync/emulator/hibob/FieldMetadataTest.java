package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FieldMetadataTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void fieldsAreABareArrayOfStandardAndCustomFieldsNeedingNoSectionPermission() {
    api.as("SERVICE-2", "secret-2");
    JsonNode fields = api.get("/company/people/fields").json();
    assertThat(fields.isArray()).isTrue();
    JsonNode email = field(fields, "root.email");
    assertThat(email.get("jsonPath").asText()).isEqualTo("email");
    assertThat(email.get("categoryDisplayName").asText()).isEqualTo("Basic info");
    JsonNode privateEmail = field(fields, "home.privateEmail");
    assertThat(privateEmail.get("category").asText()).isEqualTo("personalContact");
    assertThat(field(fields, "payroll.employment.weeklyHours").get("category").asText())
        .isEqualTo("employment");
    assertThat(field(fields, "internal.status").get("category").asText()).isEqualTo("lifecycle");
    JsonNode title = field(fields, "work.title");
    assertThat(title.get("historical").asBoolean()).isTrue();
    assertThat(title.at("/typeData/listId").asText()).isEqualTo("title");
    assertThat(field(fields, "identification.ssn").get("type").asText()).isEqualTo("ssn");
    JsonNode benefits = field(fields, "category_1690000000000.field_1690000000101");
    assertThat(benefits.get("categoryDisplayName").asText()).isEqualTo("Benefits");
    assertThat(field(fields, Api.SYNC_FIELD).at("/typeData/listId").asText())
        .isEqualTo("syncToRemote");
  }

  @Test
  void renamedSectionChangesOnlyCategoryDisplayName() {
    assertThat(api.control("PUT", "/sections/work", "{\"name\": \"Job\"}").status()).isEqualTo(200);
    JsonNode title = field(api.get("/company/people/fields").json(), "work.title");
    assertThat(title.get("category").asText()).isEqualTo("work");
    assertThat(title.get("categoryId").asText()).isEqualTo("work");
    assertThat(title.get("categoryDisplayName").asText()).isEqualTo("Job");
    assertThat(title.get("id").asText()).isEqualTo("work.title");
  }

  @Test
  void creatingACustomFieldNeedsManageEmployeeFieldSettings() {
    String body = "{\"name\": \"Shirt size\", \"category\": \"work\", \"type\": \"text\"}";
    Api.Response denied = api.as("SERVICE-2", "secret-2").post("/company/people/fields", body);
    assertThat(denied.status()).isEqualTo(403);
    Api.Response created = api.as("SERVICE-1", "secret").post("/company/people/fields", body);
    assertThat(created.status()).isEqualTo(200);
    String id = created.json().get("id").asText();
    assertThat(id).startsWith("work.custom.field_");
    assertThat(field(api.get("/company/people/fields").json(), id).get("name").asText())
        .isEqualTo("Shirt size");
    assertThat(api.post("/company/people/fields", body).status()).isEqualTo(409);
  }

  @Test
  void rejectsCustomFieldsInBasicInfoOrOfUnknownTypeOrSection() {
    assertThat(
            api.post(
                    "/company/people/fields",
                    "{\"name\": \"X\", \"category\": \"root\", \"type\": \"text\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/company/people/fields",
                    "{\"name\": \"X\", \"category\": \"work\", \"type\": \"hologram\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/company/people/fields",
                    "{\"name\": \"X\", \"category\": \"nowhere\", \"type\": \"text\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void listFieldLeavesANamedListWhoseItemsSearchAnswersByIdAndName() {
    String id =
        api.post(
                "/company/people/fields",
                "{\"name\": \"Contract route\", \"category\": \"work\", \"type\": \"list\"}")
            .json()
            .get("id")
            .asText();
    String listName =
        field(api.get("/company/people/fields").json(), id).at("/typeData/listId").asText();
    assertThat(listName).isEqualTo("contractRoute");
    assertThat(api.get("/company/named-lists/" + listName).json().get("items")).isEmpty();
    String eor =
        api.post("/company/named-lists/" + listName, "{\"name\": \"As employee\"}")
            .json()
            .get("id")
            .asText();
    String suffix = id.substring("work.custom.".length());
    assertThat(
            api.put(
                    "/people/" + Api.ANA,
                    "{\"work\": {\"custom\": {\"" + suffix + "\": \"" + eor + "\"}}}")
                .status())
        .isEqualTo(200);
    JsonNode ana =
        api.search(
                "{\"fields\": [\""
                    + id
                    + "\"], \"humanReadable\": \"APPEND\", \"filters\":"
                    + " [{\"fieldPath\": \"root.id\", \"operator\": \"equals\", \"values\": [\""
                    + Api.ANA
                    + "\"]}]}")
            .get(0);
    assertThat(ana.at("/work/custom/" + suffix).asText()).isEqualTo(eor);
    assertThat(ana.at("/humanReadable/work/custom/" + suffix).asText()).isEqualTo("As employee");
  }

  static JsonNode field(JsonNode fields, String id) {
    for (JsonNode f : fields) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no field " + id);
  }
}
