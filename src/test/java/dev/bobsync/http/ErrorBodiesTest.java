package dev.bobsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remote's 422 comes in three shapes; each is read into messages per field. */
class ErrorBodiesTest {
  private final com.fasterxml.jackson.databind.ObjectMapper json = Json.newMapper();

  @Test
  void R11_a422WithErrorsByFieldIsReadPerField() {
    ErrorBodies e =
        read("{\"errors\":{\"email\":[\"has already been taken\"],\"name\":\"can't be blank\"}}");
    assertThat(e.fieldErrors())
        .containsEntry("email", List.of("has already been taken"))
        .containsEntry("name", List.of("can't be blank"));
    assertThat(e.message()).contains("email has already been taken");
  }

  @Test
  void R11_a422WithAListOfStringsIsReadPerFieldWhereTheyNameOne() {
    ErrorBodies e =
        read(
            "{\"errors\":[\"annual_gross_salary: must be >= 1\",\"boolean schema is false\","
                + "\"/address_details/postal_code: is required\"]}");
    assertThat(e.fieldErrors())
        .containsEntry("annual_gross_salary", List.of("must be >= 1"))
        .containsEntry("address_details/postal_code", List.of("is required"));
    assertThat(e.message()).contains("boolean schema is false");
  }

  @Test
  void R11_a422WithAMessageStringObjectOrListIsRead() {
    assertThat(read("{\"message\":\"Employment cannot be updated\"}").message())
        .isEqualTo("Employment cannot be updated");
    ErrorBodies one =
        read("{\"message\":{\"code\":\"invalid\",\"message\":\"is not valid\",\"param\":\"tax\"}}");
    assertThat(one.fieldErrors()).containsEntry("tax", List.of("is not valid"));
    ErrorBodies many =
        read(
            "{\"message\":[{\"code\":\"x\",\"message\":\"unknown entity\",\"param\":"
                + "\"engaged_by_legal_entity_id\"},{\"code\":\"y\",\"message\":\"not allowed\","
                + "\"action\":\"update\"}]}");
    assertThat(many.fieldErrors())
        .containsEntry("engaged_by_legal_entity_id", List.of("unknown entity"))
        .containsEntry("update", List.of("not allowed"));
  }

  private ErrorBodies read(String body) {
    HttpHeaders headers =
        HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
    return ErrorBodies.read(
        new ApiResponse(422, headers, body.getBytes(StandardCharsets.UTF_8)), json);
  }
}
