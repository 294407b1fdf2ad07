package dev.bobsync.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractTest {
  private static final String ID = "4f1c2c8e-3a0b-4d7e-9c51-0b7f1e2d3c4a";
  private final Contract contract = Contract.load("contracts/sample.json");

  @Test
  void findsOperationsUnderTheServersBasePathLiteralSegmentsFirst() {
    assertThat(contract.basePath()).isEqualTo("/v1");
    assertThat(contract.find("GET", "/v1/things/search").orElseThrow().template())
        .isEqualTo("/things/search");
    assertThat(contract.find("get", "/v1/things/" + ID).orElseThrow().pathParameters())
        .containsEntry("thing_id", ID);
    assertThat(contract.find("GET", "/things/" + ID)).isEmpty();
    assertThat(contract.find("PUT", "/v1/things/" + ID)).isEmpty();
  }

  @Test
  void aValidRequestHasNoViolations() {
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c1&page=2&status=active", null))
        .isEmpty();
    assertThat(contract.checkRequest("POST", "/v1/things?company_id=c1", "{\"name\":\"Ana\"}"))
        .isEmpty();
  }

  @Test
  void requestViolationsNameTheFieldNotTheValue() {
    List<Violation> problems =
        contract.checkRequest(
            "POST", "/v1/things?company_id=c1", "{\"name\":\"\",\"colour\":\"secret-red\"}");
    assertThat(problems).extracting(Violation::toString).anyMatch(p -> p.contains("colour"));
    assertThat(problems).extracting(Violation::toString).anyMatch(p -> p.contains("name"));
    assertThat(problems).extracting(Violation::toString).noneMatch(p -> p.contains("secret-red"));
  }

  @Test
  void queryParametersAreDeclaredTypedAndRequired() {
    assertThat(contract.checkRequest("GET", "/v1/things?page=2", null))
        .extracting(Violation::toString)
        .anyMatch(p -> p.contains("company_id") && p.contains("required"));
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&page=zero", null))
        .extracting(Violation::where)
        .anyMatch(w -> w.contains("page"));
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&page=0", null)).hasSize(1);
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&sort=name", null))
        .extracting(Violation::toString)
        .containsExactly("GET /things query parameter sort: is not declared by the operation");
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&version=2", null)).isEmpty();
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&version=latest", null))
        .isEmpty();
    assertThat(contract.checkRequest("GET", "/v1/things?company_id=c&version=old", null))
        .extracting(Violation::where)
        .allMatch(w -> w.contains("version"))
        .isNotEmpty();
    assertThat(contract.checkRequest("GET", "/v1/things/not-a-uuid", null))
        .extracting(Violation::where)
        .anyMatch(w -> w.contains("path thing_id"));
  }

  @Test
  void bodiesMustBeSentWhereRequiredAndOnlyWhereTaken() {
    assertThat(contract.checkRequest("POST", "/v1/things?company_id=c", ""))
        .extracting(Violation::problem)
        .containsExactly("is required but none was sent");
    assertThat(contract.checkRequest("DELETE", "/v1/things/" + ID, "{}"))
        .extracting(Violation::problem)
        .containsExactly("was sent but the operation takes none");
    assertThat(contract.checkRequest("POST", "/v1/things?company_id=c", "{nope"))
        .extracting(Violation::problem)
        .containsExactly("is not JSON");
  }

  @Test
  void unknownOperationsAreViolations() {
    assertThat(contract.checkRequest("GET", "/v1/other", null))
        .extracting(Violation::problem)
        .containsExactly("is not an operation of contracts/sample.json");
  }

  @Test
  void answersFitTheirStatusSchemaAndHeaders() {
    String thing =
        "{\"id\":\""
            + ID
            + "\",\"name\":\"A\",\"manager\":null,\"created_at\":\"2026-01-02T03:04:05Z\"}";
    Map<String, List<String>> headers = Map.of("X-RateLimit-Reset", List.of("500"));
    assertThat(
            contract.checkResponse(
                "GET",
                "/v1/things?company_id=c",
                200,
                headers,
                "{\"data\":[" + thing + "],\"total_count\":1}"))
        .isEmpty();
    assertThat(contract.checkResponse("GET", "/v1/things?company_id=c", 200, Map.of(), "{}"))
        .extracting(Violation::toString)
        .anyMatch(p -> p.contains("header x-ratelimit-reset"))
        .anyMatch(p -> p.contains("data"))
        .anyMatch(p -> p.contains("total_count"));
  }

  @Test
  void answerStatusesFallBackToRangesAndDefault() {
    assertThat(contract.checkResponse("GET", "/v1/things", 429, Map.of(), "{\"message\":\"x\"}"))
        .isEmpty();
    assertThat(contract.checkResponse("GET", "/v1/things/" + ID, 500, Map.of(), "{}"))
        .extracting(Violation::toString)
        .anyMatch(p -> p.contains("message"));
    assertThat(contract.checkResponse("POST", "/v1/things", 200, Map.of(), "{}"))
        .extracting(Violation::problem)
        .containsExactly("is not a status the operation documents");
    assertThat(contract.checkResponse("DELETE", "/v1/things/" + ID, 204, Map.of(), "")).isEmpty();
  }

  @Test
  void formatsAreAssertedAndNullsFollowTheSchema() {
    String badDate =
        "{\"id\":\"" + ID + "\",\"name\":\"A\",\"manager\":null,\"created_at\":\"yesterday\"}";
    assertThat(contract.checkResponse("GET", "/v1/things/" + ID, 200, Map.of(), badDate))
        .extracting(Violation::where)
        .anyMatch(w -> w.contains("created_at"));
    String nullName =
        "{\"id\":\""
            + ID
            + "\",\"name\":null,\"manager\":{},\"created_at\":\"2026-01-02T03:04:05Z\"}";
    assertThat(contract.checkResponse("GET", "/v1/things/" + ID, 200, Map.of(), nullName))
        .extracting(Violation::where)
        .anyMatch(w -> w.contains("name"))
        .anyMatch(w -> w.contains("manager"));
  }

  @Test
  void checksANamedSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertThat(contract.checkSchema("Manager", mapper.readTree("{\"email\":\"a@b.c\"}"))).isEmpty();
    assertThat(contract.checkSchema("Manager", mapper.readTree("{}"))).hasSize(1);
    assertThatThrownBy(() -> contract.checkSchema("Nope", mapper.readTree("{}")))
        .isInstanceOf(BobsyncException.class)
        .hasMessageContaining("Nope");
  }

  @Test
  void aMissingContractIsAClearError() {
    assertThatThrownBy(() -> Contract.load("contracts/none.json"))
        .hasMessage("No contract at classpath:contracts/none.json");
  }
}
