package dev.bobsync.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaAgreementTest {
  private static final String VENDOR =
      """
      {"servers":[{"url":"https://vendor.example"}],
       "paths":{"/v1/things":{"get":{}}},
       "components":{"schemas":{
         "Thing":{"type":"object","required":["id","name","login_email"],
           "x-fixture-deviations":{"declared_required_but_absent":["login_email"],
                                   "declared_non_null_but_observed_null":["manager"]},
           "properties":{"id":{"type":"string"},"name":{"type":"string"},
             "login_email":{"type":"string"},
             "manager":{"$ref":"#/components/schemas/Manager"},
             "status":{"type":"string","enum":["active","gone"]},
             "tags":{"type":"array","items":{"type":"string"}}}},
         "Manager":{"type":"object","properties":{"email":{"type":"string"}}}}}}
      """;

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void agreesWhereTheVendorsOwnNotesExcuseTheDifference() throws Exception {
    JsonNode ours =
        json(
            """
            {"servers":[{"url":"https://vendor.example/v1"}],"paths":{"/things":{"get":{}}},
             "components":{"schemas":{"Thing":{"type":"object","required":["id","name"],
               "properties":{"id":{"type":"string"},"name":{"type":"string"},
                 "manager":{"anyOf":[{"$ref":"#/components/schemas/Manager"},{"type":"null"}]},
                 "status":{"type":"string","enum":["active"]}}},
               "Manager":{"type":"object","properties":{"email":{"type":"string"}}}}}}
            """);
    SchemaAgreement agreement = new SchemaAgreement(ours, json(VENDOR));
    assertThat(agreement.compareAll())
        .containsEntry("Thing", List.of())
        .containsEntry("Manager", List.of());
    assertThat(agreement.operationsTheVendorLacks()).isEmpty();
  }

  @Test
  void namesEveryDrift() throws Exception {
    JsonNode ours =
        json(
            """
            {"paths":{"/v1/others":{"post":{}}},
             "components":{"schemas":{"Mine":{"x-vendor-schema":"Thing","type":"object",
               "required":["id","name","login_email","status"],
               "properties":{"id":{"type":"integer"},"name":{"type":["string","null"]},
                 "login_email":{"type":"string"},"status":{"type":"string","enum":["active","new"]},
                 "currency":{"type":"string"},"tags":{"type":"array","items":{"type":"number"}}}}}}}
            """);
    Map<String, List<String>> result = new SchemaAgreement(ours, json(VENDOR)).compareAll();
    assertThat(result.get("Mine"))
        .anyMatch(d -> d.startsWith("Mine.id: type"))
        .anyMatch(d -> d.startsWith("Mine.name: type"))
        .anyMatch(d -> d.equals("Mine.status: required here, optional at the vendor"))
        .anyMatch(d -> d.equals("Mine.status: enum value new is not the vendor's"))
        .anyMatch(d -> d.equals("Mine.currency: the vendor's schema has no such property"))
        .anyMatch(d -> d.startsWith("Mine.tags[]: type"))
        .noneMatch(d -> d.startsWith("Mine.login_email"));
    assertThat(new SchemaAgreement(ours, json(VENDOR)).operationsTheVendorLacks())
        .containsExactly("POST /v1/others");
  }

  @Test
  void readsOpenApi30NullableFromYaml() throws Exception {
    JsonNode vendor =
        new YAMLMapper()
            .readTree(
                """
                components:
                  schemas:
                    Person:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                        work: {type: string, nullable: true}
                """);
    JsonNode ours =
        json(
            """
            {"components":{"schemas":{"Person":{"type":"object","required":["id"],
              "properties":{"id":{"type":"string"},"work":{"type":["string","null"]}}}}}}
            """);
    assertThat(new SchemaAgreement(ours, vendor).compareAll()).containsEntry("Person", List.of());
  }
}
