package dev.bobsync.sync.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.remote.FormSchema;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.SyncType;
import org.junit.jupiter.api.Test;

/** R4: a form is checked against its country schema before it is sent. */
class FormCheckTest {
  private static final String CONTRACT =
      "{\"type\":\"object\",\"additionalProperties\":false,\"version\":2,"
          + "\"properties\":{\"annual_gross_salary\":{\"type\":\"integer\",\"minimum\":1},"
          + "\"notice_period\":{\"type\":\"integer\",\"minimum\":28},"
          + "\"schedule_type\":{\"type\":\"string\",\"enum\":[\"full_time\",\"part_time\"]}},"
          + "\"required\":[\"annual_gross_salary\",\"notice_period\",\"schedule_type\"]}";

  @Test
  void R4_aFormMissingFieldsHibobDoesNotHoldNamesThemByRemotesNames() {
    FormCheck check = FormCheck.of(new FormSchema("DEU", "contract_details", "2", CONTRACT));
    FormCheck.Result result = check.check("{\"annual_gross_salary\": 6000000}");
    assertThat(result.valid()).isFalse();
    assertThat(result.missing()).containsExactlyInAnyOrder("notice_period", "schedule_type");
  }

  @Test
  void R4_aValueTheFormRefusesIsNamedWithTheField() {
    FormCheck check = FormCheck.of(new FormSchema("DEU", "contract_details", "2", CONTRACT));
    FormCheck.Result result =
        check.check(
            "{\"annual_gross_salary\": 0, \"notice_period\": 30, \"schedule_type\": \"x\"}");
    assertThat(result.missing()).isEmpty();
    assertThat(result.invalid()).hasSize(2);
    assertThat(String.join(" ", result.invalid()))
        .contains("annual_gross_salary")
        .contains("schedule_type");
  }

  @Test
  void R4_aCompleteFormIsValid() {
    FormCheck check = FormCheck.of(new FormSchema("DEU", "contract_details", "2", CONTRACT));
    assertThat(
            check
                .check(
                    "{\"annual_gross_salary\": 6000000, \"notice_period\": 30,"
                        + " \"schedule_type\": \"full_time\"}")
                .valid())
        .isTrue();
  }

  @Test
  void R4_eachEmploymentTypeIsJudgedByItsOwnCountryForm() {
    assertThat(RemoteForm.BASIC_INFORMATION.schemaName(SyncType.EMPLOYEE))
        .isEqualTo("employment_basic_information");
    assertThat(RemoteForm.BASIC_INFORMATION.schemaName(SyncType.CONTRACTOR))
        .isEqualTo("contractor_basic_information");
    assertThat(RemoteForm.CONTRACT.schemaName(SyncType.GLOBAL_PAYROLL))
        .isEqualTo("global_payroll_contract_details");
    assertThat(RemoteForm.ADDRESS.schemaName(SyncType.GLOBAL_PAYROLL)).isEqualTo("address_details");
    assertThat(RemoteForm.of(Field.SSN)).contains(RemoteForm.ADMINISTRATIVE);
    assertThat(RemoteForm.of(Field.MANAGER)).isEmpty();
  }
}
