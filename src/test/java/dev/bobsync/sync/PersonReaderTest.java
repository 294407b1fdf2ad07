package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.Json;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.SyncType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonReaderTest {
  private static final String FIELD = "work.custom.field_1700000000001";
  private final PersonReader reader =
      new PersonReader(
          FIELD,
          Map.of("1", "As employee", "2", "As contractor", "3", "As global payroll employee"));

  @Test
  void R1_readsTheSyncToRemoteValueFromItsItemIdOrDisplayName() {
    assertThat(
            reader
                .read(json("{\"id\":\"1\",\"work\":{\"custom\":{\"field_1700000000001\":\"3\"}}}"))
                .syncType())
        .isEqualTo(SyncType.GLOBAL_PAYROLL);
    assertThat(
            reader
                .read(
                    json(
                        "{\"id\":\"1\",\"work\":{\"custom\":{\"field_1700000000001\":\"99\"}},"
                            + "\"humanReadable\":{\"work\":{\"custom\":{\"field_1700000000001\":\"As contractor\"}}}}"))
                .syncType())
        .isEqualTo(SyncType.CONTRACTOR);
    assertThat(
            reader
                .read(json("{\"id\":\"1\",\"work\":{\"custom\":{\"field_1700000000001\":null}}}"))
                .syncType())
        .isNull();
  }

  @Test
  void R1_aSyncToRemoteValueThatIsNoneOfTheThreeIsKeptByName() {
    PersonReader r = new PersonReader(FIELD, Map.of("1", "As employee", "4", "As astronaut"));
    r.read(json("{\"id\":\"7\",\"work\":{\"custom\":{\"field_1700000000001\":\"4\"}}}"));
    r.read(json("{\"id\":\"8\",\"work\":{\"custom\":{\"field_1700000000001\":\"1\"}}}"));
    r.read(json("{\"id\":\"9\",\"work\":{\"custom\":{\"field_1700000000001\":null}}}"));

    assertThat(r.unknownValues()).isEqualTo(Map.of("7", "As astronaut"));
  }

  @Test
  void normalizesAWholeEmployee() {
    Person p =
        reader.read(
            json(
                """
                {"id": "42", "firstName": "Ana", "surname": "Lima", "email": "ana@acme.example",
                 "home": {"privateEmail": "ana@home.example"},
                 "internal": {"status": "Inactive", "terminationDate": "2026-10-31"},
                 "work": {"startDate": "2027-01-04", "title": "Engineer", "department": "7",
                          "reportsTo": {"email": "boss@acme.example"}},
                 "humanReadable": {"work": {"department": "R&D"}},
                 "address": {"line1": "1 Main St", "city": "Austin", "postCode": "78701",
                             "usaState": "TX", "country": "United States"},
                 "emergency": {"firstName": "Rui", "surname": "Lima", "relation": "Brother",
                               "phone": "+1 555"},
                 "identification": {"ssn": "123-45-6789"},
                 "payroll": {"salary": {"yearlyPayment": 60000.5, "payment": "usd"}}}
                """));
    assertThat(p.hibobId()).isEqualTo("42");
    assertThat(p.fullName()).isEqualTo("Ana Lima");
    assertThat(p.personalEmail()).isEqualTo("ana@home.example");
    assertThat(p.active()).isFalse();
    assertThat(p.terminationDate()).isEqualTo(LocalDate.parse("2026-10-31"));
    assertThat(p.department()).isEqualTo("R&D");
    assertThat(p.managerEmail()).isEqualTo("boss@acme.example");
    assertThat(p.address().state()).isEqualTo("TX");
    assertThat(p.emergencyContact().name()).isEqualTo("Rui Lima");
    assertThat(p.ssn().reveal()).isEqualTo("123-45-6789");
    assertThat(p.ssn().toString()).doesNotContain("6789");
    assertThat(p.annualSalary()).isEqualTo(new Person.Money(6_000_050, "USD"));
  }

  @Test
  void aPersonWithMissingSectionsReadsAsEmptyNotAsAnError() {
    Person p = reader.read(json("{\"id\":\"7\"}"));
    assertThat(p.address()).isNull();
    assertThat(p.emergencyContact()).isNull();
    assertThat(p.annualSalary()).isNull();
    assertThat(p.active()).isTrue();
  }

  private static JsonNode json(String text) {
    try {
      return Json.newMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
