package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NamedListsTest {
  private static final String FIXTURE =
      """
      {"serviceUsers": [{"id": "S", "token": "t", "permissionGroup": "G"},
                        {"id": "R", "token": "t", "permissionGroup": "Readers"}],
       "permissionGroups": [{"name": "G", "people": {"root": ["view"]}, "features": ["editAllLists"]},
                            {"name": "Readers", "people": {"root": ["view"]}}],
       "namedLists": {"shirtSize": [{"id": "1", "name": "S"}, {"id": "2", "name": "XXS", "archived": true},
                                    {"id": "3", "name": "L", "children": [{"id": "4", "name": "L tall"}]}]}}
      """;

  private final Api api = Api.start(HibobCompany.fromFixtureJson(FIXTURE, "lists")).as("S", "t");

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void readsAllListsByNameAndOneListWithoutArchivedItems() {
    JsonNode all = api.get("/company/named-lists").json();
    assertThat(all.has("department")).isTrue();
    assertThat(all.at("/shirtSize/name").asText()).isEqualTo("shirtSize");
    JsonNode items = api.get("/company/named-lists/shirtSize").json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(1).at("/children/0/name").asText()).isEqualTo("L tall");
    assertThat(api.get("/company/named-lists/shirtSize?includeArchived=true").json().get("items"))
        .hasSize(3);
  }

  @Test
  void listNamesAreCaseSensitive() {
    Api.Response r = api.get("/company/named-lists/ShirtSize");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.list.not.found");
  }

  @Test
  void addsAnItemWithEditAllListsAndRefusesADuplicate() {
    Api.Response added = api.post("/company/named-lists/shirtSize", "{\"name\": \"M\"}");
    assertThat(added.status()).isEqualTo(200);
    String id = added.json().get("id").asText();
    assertThat(api.get("/company/named-lists/shirtSize").json().get("items").findValuesAsText("id"))
        .contains(id);
    assertThat(api.post("/company/named-lists/shirtSize", "{\"name\": \"M\"}").status())
        .isEqualTo(409);
    assertThat(
            api.post(
                    "/company/named-lists/shirtSize",
                    "{\"name\": \"L short\", \"parentId\": \"3\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void addingAnItemWithoutEditAllListsIs403() {
    assertThat(
            api.as("R", "t").post("/company/named-lists/shirtSize", "{\"name\": \"M\"}").status())
        .isEqualTo(403);
  }
}
