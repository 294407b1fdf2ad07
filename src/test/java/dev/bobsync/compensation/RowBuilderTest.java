package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.hibob.SalaryRow;
import dev.bobsync.http.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules V1-V3, V5 on one person's row, from people-search answers as HiBob sends them. */
class RowBuilderTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final ObjectMapper json = Json.newMapper();

  private CompensationRow row(CompensationProfile profile, boolean anonymous, String employee) {
    return row(profile, anonymous, employee, List.of());
  }

  private CompensationRow row(
      CompensationProfile profile, boolean anonymous, String employee, List<SalaryRow> history) {
    FieldPlan plan = TestPlans.plan(profile, anonymous);
    return new RowBuilder(plan, TODAY, id -> "anon-" + id.hashCode())
        .row(tree(employee), history, List.of());
  }

  private JsonNode tree(String s) {
    try {
      return json.readTree(s.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final String ANA =
      "{'id': '5001', 'firstName': 'Ana', 'surname': 'Lima', 'email': 'ana@x.example',"
          + " 'work': {'title': '209000001', 'department': '209000002', 'startDate': '2021-03-01',"
          + " 'employeeIdInCompany': 1},"
          + " 'payroll': {'employment': {'fte': 100, 'weeklyHours': 40},"
          + " 'salary': {'payment': 'EUR', 'payPeriod': 'Annual', 'payFrequency': 'Monthly',"
          + " 'yearlyPayment': 90000}, 'variable': {'Bonus': {'amount': 9000}},"
          + " 'custom': {'field_1690000000201': 20}},"
          + " 'home': {'legalGender': '209000009'}, 'personal': {'birthDate': '1985-05-01'},"
          + " 'internal': {'status': 'Active', 'lifecycleStatus': 'employed',"
          + " 'terminationDate': null},"
          + " 'humanReadable': {'work': {'title': 'Head of Engineering', 'department':"
          + " 'Engineering', 'startDate': '01/03/2021'}, 'home': {'legalGender': 'Female'}}}";

  @Test
  void V2_listFieldsAreExportedByTheirNamesNotItemIds() {
    CompensationRow r = row(CompensationProfile.defaults(), false, ANA);
    assertThat(r.job().title()).isEqualTo("Head of Engineering");
    assertThat(r.job().department()).isEqualTo("Engineering");
    assertThat(r.demographics().gender()).isEqualTo("Female");
    assertThat(r.job().startDate()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(r.job().tenureYears()).isEqualByComparingTo("5.7");
    assertThat(r.salary().annual()).isEqualByComparingTo("90000");
    assertThat(r.salary().variable()).containsEntry("Bonus", new BigDecimal("9000"));
    assertThat(r.identity().firstName()).isEqualTo("Ana");
    assertThat(r.identity().employeeId()).isEqualTo("1");
    assertThat(r.demographics().ageBand()).isEqualTo("35-44");
    assertThat(r.lifecycle().status()).isEqualTo("active");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void V1_leaversAreReportedAsTerminatedWithTheirDate() {
    CompensationRow r =
        row(
            CompensationProfile.defaults(),
            false,
            "{'id': '7', 'work': {'startDate': '2022-02-14'}, 'internal': {'status': 'Inactive',"
                + " 'lifecycleStatus': 'terminated', 'terminationDate': '2026-09-30',"
                + " 'terminationReason': 'Resignation'}}");
    assertThat(r.lifecycle().status()).isEqualTo("terminated");
    assertThat(r.lifecycle().leaver()).isTrue();
    assertThat(r.lifecycle().terminationDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(r.lifecycle().terminationReason()).isEqualTo("Resignation");
    assertThat(r.job().tenureYears()).as("tenure ends when they left").isEqualByComparingTo("4.6");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void badInput_aLeaverWithNoTerminationDateIsKeptWithANote() {
    CompensationRow r =
        row(
            CompensationProfile.defaults(),
            false,
            "{'id': '9', 'internal': {'status': 'Inactive', 'lifecycleStatus': 'terminated',"
                + " 'terminationDate': null}}");
    assertThat(r.lifecycle().status()).isEqualTo("terminated");
    assertThat(r.notes())
        .containsExactly(
            "left the company but HiBob has no termination date (internal.terminationDate)");
  }

  @Test
  void badInput_aChosenCustomFieldDeletedInHibobIsANoteOnEveryRow() {
    CompensationProfile profile =
        CompensationProfile.defaults()
            .withCustomFields(
                List.of(
                    TestPlans.chosen(TestPlans.BONUS_TARGET, "Bonus target %"),
                    TestPlans.chosen("payroll.custom.field_1690000000999", "Stock plan")));
    CompensationRow r = row(profile, false, ANA);
    assertThat(r.custom()).containsEntry(TestPlans.BONUS_TARGET, "20");
    assertThat(r.notes())
        .containsExactly(
            "custom field \"Stock plan\" (payroll.custom.field_1690000000999) no longer exists in"
                + " HiBob: its column is empty");
  }

  @Test
  void valuesThatAreNotWhatTheirTypeSaysAreNotedByField() {
    CompensationRow r =
        row(
            CompensationProfile.defaults(),
            false,
            "{'id': '3', 'work': {'startDate': 'soon'}, 'payroll': {'employment':"
                + " {'weeklyHours': 'forty'}}}");
    assertThat(r.job().startDate()).isNull();
    assertThat(r.notes())
        .containsExactly(
            "weekly hours \"forty\" is not a number (payroll.employment.weeklyHours)",
            "start date \"soon\" is not a date (work.startDate)");
  }

  @Test
  void V3_anonymousRowsHaveAPseudonymNoIdentityAndAnAgeBandInsteadOfTheBirthDate() {
    CompensationRow r = row(CompensationProfile.defaults(), true, ANA);
    assertThat(r.id()).isEqualTo("anon-" + "5001".hashCode());
    assertThat(r.identity()).isNull();
    assertThat(r.demographics().birthDate()).isNull();
    assertThat(r.demographics().ageBand()).isEqualTo("35-44");
  }

  @Test
  void V3_anAnonymousNoteNeverRepeatsABirthDate() {
    CompensationRow r =
        row(
            CompensationProfile.defaults(),
            true,
            "{'id': '3', 'personal': {'birthDate': '1985-13-45'}}");
    assertThat(r.notes()).containsExactly("date of birth is not a date (personal.birthDate)");
  }

  @Test
  void V3_optionalGroupsSwitchedOffAreNotRead() {
    CompensationProfile off = CompensationProfile.defaults().withGroups(false, false, false);
    CompensationRow r = row(off, false, ANA);
    assertThat(r.demographics().gender()).isNull();
    assertThat(r.demographics().ageBand()).isNull();
    FieldPlan plan = TestPlans.plan(off, false);
    assertThat(plan.asked())
        .doesNotContain("home.legalGender", "personal.birthDate", TestPlans.SHARES);
  }

  @Test
  void V2_theSalaryTablesCurrentRowGivesTheRateAndPeriod() {
    List<SalaryRow> history =
        List.of(
            new SalaryRow(
                LocalDate.of(2024, 6, 3),
                new BigDecimal("250000"),
                "JPY",
                "Monthly",
                "Monthly",
                "Hire",
                false),
            new SalaryRow(
                LocalDate.of(2025, 6, 1),
                new BigDecimal("300000"),
                "JPY",
                "Monthly",
                "Monthly",
                "Merit",
                true));
    CompensationRow r =
        row(
            CompensationProfile.defaults(),
            false,
            "{'id': '3', 'payroll': {'employment': {'fte': 50, 'weeklyHours': 20}}}",
            history);
    assertThat(r.salary().base()).isEqualByComparingTo("300000");
    assertThat(r.salary().currency()).isEqualTo("JPY");
    assertThat(r.salary().annual()).isEqualByComparingTo("3600000");
    assertThat(r.salary().annualFte()).isEqualByComparingTo("7200000");
    assertThat(r.history()).hasSize(2);
  }

  @Test
  void ageBandsAndTenure() {
    assertThat(AgeBand.of(LocalDate.of(2003, 1, 1), TODAY)).isEqualTo("under 25");
    assertThat(AgeBand.of(LocalDate.of(2001, 11, 22), TODAY)).isEqualTo("25-34");
    assertThat(AgeBand.of(LocalDate.of(1961, 11, 22), TODAY)).isEqualTo("65 and over");
    assertThat(AgeBand.of(null, TODAY)).isNull();
    assertThat(Tenure.years(LocalDate.of(2027, 1, 4), null, TODAY)).isNull();
    assertThat(Tenure.years(LocalDate.of(2025, 11, 22), null, TODAY)).isEqualByComparingTo("1.0");
  }
}
