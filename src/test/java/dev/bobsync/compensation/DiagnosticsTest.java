package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.AccessReport.Severity;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules V4 and V5: diagnostics in the guide's words, from what was asked against what came back.
 */
class DiagnosticsTest {
  private final FieldPlan plan = TestPlans.plan(CompensationProfile.defaults(), false);

  private Map<String, String> hidden(String... ids) {
    Map<String, String> hidden = new LinkedHashMap<>();
    for (String id : ids) {
      FieldMeta meta = plan.metadata().get(id);
      hidden.put(id, Visibility.permissionFor(meta));
    }
    return hidden;
  }

  private static Diagnostic titled(List<Diagnostic> all, String title) {
    return all.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void V4_homePermissionIsMissingWhenGenderOrBirthDateIsOnButHidden() {
    List<Diagnostic> d =
        Diagnostics.of(plan, hidden("home.legalGender", "personal.birthDate"), 10, 2, false);
    Diagnostic home = titled(d, "The 'Home' permission is missing");
    assertThat(home.severity()).isEqualTo(Severity.MISSING);
    assertThat(home.fields()).containsExactly("home.legalGender", "personal.birthDate");
    assertThat(home.permissions())
        .contains("Home > View selected employees' Home sections")
        .anyMatch(p -> p.contains("Personal > Edit selected employees' Personal sections"));
    assertThat(home.message()).contains("switch them off").contains("custom fields");
    assertThat(d).noneMatch(x -> x.title().equals("General errors"));
  }

  @Test
  void V4_noHomeMessageWhenGenderAndBirthDateAreSwitchedOff() {
    FieldPlan off =
        TestPlans.plan(CompensationProfile.defaults().withGroups(true, false, false), false);
    assertThat(Diagnostics.of(off, Map.of(), 10, 2, false))
        .noneMatch(x -> x.title().equals(Diagnostic.HOME_MISSING));
  }

  @Test
  void V4_generalErrorsListEveryFieldWithoutAccessWhenAlmostNothingIsVisible() {
    List<String> all = plan.asked().stream().filter(id -> !id.startsWith("root.")).toList();
    List<Diagnostic> d = Diagnostics.of(plan, hidden(all.toArray(String[]::new)), 10, 0, false);
    Diagnostic general = titled(d, "General errors");
    assertThat(general.fields()).containsExactlyElementsOf(all);
    assertThat(general.message())
        .contains("job title (work.title)")
        .contains("assigned to the permission group")
        .contains("id and token are correct");
  }

  @Test
  void V4_generalErrorsWhenTheServiceUserSeesNoOne() {
    List<Diagnostic> d = Diagnostics.of(plan, Map.of(), 0, 0, false);
    assertThat(titled(d, "General errors").fields()).hasSize(plan.asked().size() - 1);
  }

  @Test
  void V4_aFewHiddenFieldsAreNamedPerPermissionNotAsGeneralErrors() {
    List<Diagnostic> d = Diagnostics.of(plan, hidden("address.country"), 10, 2, false);
    assertThat(d).noneMatch(x -> x.title().equals("General errors"));
    Diagnostic missing = titled(d, Diagnostic.MISSING_PERMISSION);
    assertThat(missing.permissions())
        .containsExactly("Address > View selected employees' Address sections");
    assertThat(missing.message()).contains("country");
  }

  @Test
  void V5_sensitiveFieldsNeedEditAndTheDiagnosticSaysSo() {
    FieldPlan noDemographics =
        TestPlans.plan(CompensationProfile.defaults().withGroups(true, false, false), false);
    Map<String, String> hidden =
        Map.of(
            "personal.birthDate",
            Visibility.permissionFor(noDemographics.metadata().get("personal.birthDate")));
    Diagnostic d =
        Diagnostics.of(noDemographics, hidden, 10, 2, false).stream()
            .filter(x -> x.title().equals(Diagnostic.MISSING_PERMISSION))
            .findFirst()
            .orElseThrow();
    assertThat(d.permissions().get(0)).contains("Edit selected employees' Personal sections");
    assertThat(d.message()).contains("need Edit on their section");
  }

  @Test
  void V1_noLeaversVisibleIsAWarningAboutTheAccessRights() {
    Diagnostic d = titled(Diagnostics.of(plan, Map.of(), 10, 0, false), "Leavers are not visible");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.permissions()).singleElement().asString().contains("Lifecycle status exists");
  }

  @Test
  void hiddenSalaryHistoryNamesTheViewHistoryPermission() {
    Diagnostic d =
        titled(Diagnostics.of(plan, Map.of(), 10, 2, true), Diagnostic.HISTORY_NOT_VISIBLE);
    assertThat(d.permissions())
        .containsExactly("Payroll > View selected employees' Payroll section histories");
  }

  @Test
  void V5_aDeletedCustomFieldAndAPersonFieldInAnonymousModeAreReported() {
    CompensationProfile profile =
        CompensationProfile.defaults()
            .withCustomFields(
                List.of(
                    TestPlans.chosen("payroll.custom.field_1690000000999", "Stock plan"),
                    TestPlans.chosen(TestPlans.BUDDY, "Buddy")));
    FieldPlan anonymous = TestPlans.plan(profile, true);
    List<Diagnostic> d = Diagnostics.of(anonymous, Map.of(), 10, 2, false);
    assertThat(titled(d, Diagnostic.FIELD_DELETED).message()).contains("\"Stock plan\"");
    assertThat(titled(d, Diagnostic.LEFT_OUT).fields()).containsExactly(TestPlans.BUDDY);
    assertThat(anonymous.asked()).doesNotContain(TestPlans.BUDDY, "root.firstName", "root.email");
  }
}
