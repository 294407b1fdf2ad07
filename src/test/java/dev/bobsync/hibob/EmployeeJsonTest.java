package dev.bobsync.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.Json;
import org.junit.jupiter.api.Test;

class EmployeeJsonTest {
  private final JsonNode employee =
      read(
          """
          {"id": "1", "email": " ana@acme.example ", "firstName": "Ana",
           "work": {"title": "Engineer", "department": null,
                    "custom": {"field_17": "2"}, "reportsTo": {"email": "boss@acme.example"}},
           "/home/privateEmail": {"value": "ana@home.example"},
           "humanReadable": {"work": {"custom": {"field_17": "As contractor"}}}}
          """);

  @Test
  void rootFieldsSitAtTheTopLevel() {
    assertThat(EmployeeJson.text(employee, "root.id")).isEqualTo("1");
    assertThat(EmployeeJson.text(employee, "root.email")).isEqualTo("ana@acme.example");
  }

  @Test
  void aFieldSentAsNullIsVisibleButEmptyAndAMissingOneIsHidden() {
    assertThat(EmployeeJson.present(employee, "work.department")).isTrue();
    assertThat(EmployeeJson.text(employee, "work.department")).isNull();
    assertThat(EmployeeJson.present(employee, "work.startDate")).isFalse();
  }

  @Test
  void readsNestedSlashKeyedAndHumanReadableValues() {
    assertThat(EmployeeJson.text(employee, "work.reportsTo.email")).isEqualTo("boss@acme.example");
    assertThat(EmployeeJson.text(employee, "home.privateEmail")).isEqualTo("ana@home.example");
    assertThat(EmployeeJson.text(employee, "work.custom.field_17")).isEqualTo("2");
    assertThat(EmployeeJson.display(employee, "work.custom.field_17")).isEqualTo("As contractor");
    assertThat(EmployeeJson.display(employee, "work.title")).isEqualTo("Engineer");
  }

  static JsonNode read(String text) {
    try {
      return Json.newMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
