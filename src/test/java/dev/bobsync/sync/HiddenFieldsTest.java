package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.EmploymentForm;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.plan.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules C2 and R12, and the house rule "never write what bobsync cannot see": a field hidden from
 * the service user is never written, never stood in for, and the person's status says which HiBob
 * permission would let it sync.
 */
class HiddenFieldsTest {
  @TempDir Path dir;

  /** Where each field goes in a Remote write body. */
  static final Map<Field, List<String>> PATHS = new EnumMap<>(Field.class);

  static {
    PATHS.put(Field.NAME, List.of("basic_information.name"));
    PATHS.put(Field.PERSONAL_EMAIL, List.of("basic_information.email"));
    PATHS.put(Field.WORK_EMAIL, List.of("work_email", "basic_information.work_email"));
    PATHS.put(Field.JOB_TITLE, List.of("basic_information.job_title"));
    PATHS.put(Field.START_DATE, List.of("basic_information.provisional_start_date"));
    PATHS.put(Field.ADDRESS, List.of("address_details"));
    PATHS.put(Field.MANAGER, List.of("manager_id", "basic_information.manager"));
    PATHS.put(Field.DEPARTMENT, List.of("department_id", "basic_information.department"));
    PATHS.put(Field.EMERGENCY_CONTACT, List.of("emergency_contact_details"));
    PATHS.put(Field.SSN, List.of("administrative_details.social_security_number"));
    PATHS.put(Field.SALARY, List.of("contract_details.annual_gross_salary"));
  }

  @Test
  void R12_aServiceUserWithoutPersonalContactNeverReplacesThePersonalEmailWithTheWorkOne() {
    try (HiddenFields f = new HiddenFields(dir, List.of())) {
      String token = f.remoteCompany(true);
      Integration lim = f.add("lim", "SERVICE-2", "secret-2", token);
      SyncReport report = f.h.sync(lim);
      assertThat(report.error()).isNull();
      Employment jo = f.h.remote.company("c-hidden-1").employment("r-jo").orElseThrow();
      assertThat(jo.personalEmail()).isEqualTo("jo.old@mail.example");
      PersonRecord status = f.h.person(lim, HiddenFields.JO);
      assertThat(status.status()).isEqualTo("synced");
      assertThat(status.message())
          .contains("personal e-mail (Personal Contact Details > View")
          .contains("left as they are in Remote");
      assertThat(status.lastChange()).doesNotContain("personal e-mail");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "personalContact, PERSONAL_EMAIL, Personal Contact Details",
    "root, NAME, Basic Info",
    "address, ADDRESS, Address",
    "emergency, EMERGENCY_CONTACT, Emergency",
    "identification, SSN, Identification",
    "payroll, SALARY, Payroll"
  })
  void R12_aHiddenSectionIsLeftAsItIsInRemoteAndTheStatusNamesThePermission(
      String section, Field field, String permission) {
    try (HiddenFields f = new HiddenFields(dir, List.of(Set.of(section)))) {
      String token = f.remoteCompany(true);
      Integration lim = f.add("lim", "SU-0", "t-0", token);
      var company = f.h.remote.company("c-hidden-1");
      Map<String, String> before = slots(company.employments());
      assertThat(f.h.sync(lim).error()).isNull();
      Map<String, String> after = slots(company.employments());
      String who = field == Field.SALARY ? HiddenFields.MEI : HiddenFields.JO;
      String remoteId = field == Field.SALARY ? "r-mei" : "r-jo";
      assertThat(after.get(remoteId + " " + field)).isEqualTo(before.get(remoteId + " " + field));
      assertThat(f.writes).as("something else still synced").isNotEmpty();
      PersonRecord status = f.h.person(lim, who);
      assertThat(status.status()).isEqualTo("synced");
      assertThat(status.message()).contains(field.label() + " (" + permission);
    }
  }

  @Test
  void R12_aHiddenWorkSectionSelectsNoOneAndWritesNothing() {
    try (HiddenFields f = new HiddenFields(dir, List.of(Set.of("work")))) {
      String token = f.remoteCompany(true);
      Integration lim = f.add("lim", "SU-0", "t-0", token);
      SyncReport report = f.h.sync(lim);
      assertThat(f.writes).isEmpty();
      assertThat(String.join(" ", report.warnings())).contains("Sync to Remote");
    }
  }

  @Test
  void R4_aNewHireWhosePrivateEmailIsHiddenIsNotCreatedWithTheWorkOne() {
    try (HiddenFields f = new HiddenFields(dir, List.of(Set.of("personalContact")))) {
      String token = f.remoteCompany(false);
      Integration lim = f.add("lim", "SU-0", "t-0", token);
      f.h.sync(lim);
      assertThat(f.h.remote.company("c-hidden-1").employments()).isEmpty();
      PersonRecord jo = f.h.person(lim, HiddenFields.JO);
      assertThat(jo.status()).isEqualTo("skipped");
      assertThat(jo.reasonCode()).isEqualTo("HIBOB_FIELD_NOT_VISIBLE");
      assertThat(jo.message()).contains("personal e-mail (Personal Contact Details > View");
    }
  }

  /**
   * For every combination of hidden sections of the example fixture, on a Remote that already has
   * Jo and Mei (updates) and on an empty one (creates): no write carries a hidden field, by its
   * place in the body or by its value.
   */
  @Test
  void R12_noCombinationOfHiddenSectionsWritesAHiddenValue() {
    List<Set<String>> combos = new ArrayList<>();
    for (int mask = 0; mask < 1 << HiddenFields.SECTIONS.size(); mask++) {
      Set<String> hidden = new LinkedHashSet<>();
      for (int i = 0; i < HiddenFields.SECTIONS.size(); i++) {
        if ((mask & 1 << i) != 0) {
          hidden.add(HiddenFields.SECTIONS.get(i));
        }
      }
      combos.add(hidden);
    }
    try (HiddenFields f = new HiddenFields(dir, combos)) {
      for (int i = 0; i < combos.size(); i++) {
        Set<String> hidden = combos.get(i);
        Map<String, String> hiddenIds = new LinkedHashMap<>();
        SyncFields.needed(null).keySet().stream()
            .filter(id -> !id.equals("root.id"))
            .filter(id -> hidden.contains(HiddenFields.sectionOf(id)))
            .forEach(id -> hiddenIds.put(id, "?"));
        Set<Field> hiddenFields = Field.hiddenBy(hiddenIds).keySet();
        Set<String> hiddenValues = hiddenValues(f, hiddenIds.keySet());
        Set<Field> written = EnumSet.noneOf(Field.class);
        for (boolean matched : new boolean[] {true, false}) {
          String token = f.remoteCompany(matched);
          Integration lim = f.add("lim-" + i + "-" + matched, "SU-" + i, "t-" + i, token);
          f.writes.clear();
          assertThat(f.h.sync(lim).error()).as("hidden %s", hidden).isNull();
          for (JsonNode body : f.writes) {
            for (Field field : Field.values()) {
              boolean present = PATHS.get(field).stream().anyMatch(p -> at(body, p) != null);
              if (present) {
                written.add(field);
              }
              assertThat(present && hiddenFields.contains(field))
                  .as("hidden %s, %s written in %s", hidden, field, body)
                  .isFalse();
            }
            List<String> texts = HiddenFields.texts(body);
            texts.retainAll(hiddenValues);
            assertThat(texts).as("hidden %s: %s", hidden, body).isEmpty();
          }
        }
        if (hidden.isEmpty()) {
          // Salary never reaches Remote here: an EOR contract is completed in Remote, and Remote's
          // Global Payroll contract form needs a pay frequency HiBob does not hold.
          assertThat(written)
              .as("with nothing hidden, every field but salary is written")
              .isEqualTo(EnumSet.complementOf(EnumSet.of(Field.SALARY)));
        }
      }
    }
  }

  /** Jo's and Mei's values of hidden fields that none of their visible fields also holds. */
  private static Set<String> hiddenValues(HiddenFields f, Set<String> hiddenIds) {
    Set<String> hidden = new HashSet<>();
    Set<String> visible = new HashSet<>();
    for (String who : List.of(HiddenFields.JO, HiddenFields.MEI)) {
      for (String id : SyncFields.needed(null).keySet()) {
        String value = f.value(who, id);
        if (value != null) {
          (hiddenIds.contains(id) ? hidden : visible).add(value.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    hidden.removeAll(visible);
    return hidden;
  }

  private static JsonNode at(JsonNode body, String dotted) {
    JsonNode node = body;
    for (String key : dotted.split("\\.")) {
      node = node == null ? null : node.get(key);
    }
    return node == null || node.isNull() ? null : node;
  }

  /** Each employment's value of each field, as Remote holds it. */
  private static Map<String, String> slots(List<Employment> employments) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Employment e : employments) {
      Map<Field, Function<Employment, Object>> read = new EnumMap<>(Field.class);
      read.put(Field.NAME, Employment::fullName);
      read.put(Field.PERSONAL_EMAIL, Employment::personalEmail);
      read.put(Field.WORK_EMAIL, Employment::workEmail);
      read.put(Field.ADDRESS, x -> x.form(EmploymentForm.ADDRESS_DETAILS));
      read.put(Field.EMERGENCY_CONTACT, x -> x.form(EmploymentForm.EMERGENCY_CONTACT_DETAILS));
      read.put(Field.SSN, x -> x.form(EmploymentForm.ADMINISTRATIVE_DETAILS));
      read.put(Field.SALARY, x -> x.form(EmploymentForm.CONTRACT_DETAILS));
      read.forEach((field, get) -> out.put(e.id() + " " + field, String.valueOf(get.apply(e))));
    }
    return out;
  }
}
