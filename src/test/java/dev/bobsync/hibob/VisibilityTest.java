package dev.bobsync.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisibilityTest {
  private final Map<String, FieldMeta> metadata =
      Map.of(
          "work.title", new FieldMeta("work.title", "Job title", "work", "Job", "text", true, null),
          "payroll.salary.yearlyPayment",
              new FieldMeta(
                  "payroll.salary.yearlyPayment",
                  "Yearly payment",
                  "payroll",
                  "Payroll",
                  "currency",
                  true,
                  null),
          "identification.ssn",
              new FieldMeta(
                  "identification.ssn",
                  "SSN",
                  "identification",
                  "Identification",
                  "ssn",
                  false,
                  null));

  @Test
  void C2_aFieldThatComesBackForNoOneIsHiddenAndNamesItsPermission() {
    Visibility v = new Visibility(List.of("work.title", "payroll.salary.yearlyPayment"));
    v.accept(EmployeeJsonTest.read("{\"work\": {\"title\": null}}"));
    v.accept(EmployeeJsonTest.read("{\"work\": {\"title\": \"Engineer\"}}"));
    assertThat(v.hidden()).containsExactly("payroll.salary.yearlyPayment");
    assertThat(v.hiddenWithPermission(metadata))
        .containsEntry(
            "payroll.salary.yearlyPayment", "Payroll > View selected employees' Payroll sections");
  }

  @Test
  void C2_aHiddenSensitiveFieldNeedsEditOnItsSectionToo() {
    Visibility v = new Visibility(List.of("identification.ssn"));
    v.accept(EmployeeJsonTest.read("{}"));
    assertThat(v.hiddenWithPermission(metadata).get("identification.ssn"))
        .contains("Identification > View selected employees' Identification sections")
        .contains("Identification > Edit selected employees' Identification sections");
  }

  @Test
  void C3_permissionsUseHibobsSectionNamesFoundByCategoryIdEvenWhenRenamed() {
    assertThat(Visibility.permissionFor(metadata.get("work.title")))
        .isEqualTo("Work > View selected employees' Work sections");
  }

  @Test
  void C2_withNobodyVisibleNothingIsCalledHidden() {
    Visibility v = new Visibility(List.of("work.title"));
    assertThat(v.hidden()).isEmpty();
    assertThat(v.employees()).isZero();
  }
}
