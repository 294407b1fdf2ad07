package dev.bobsync.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.PersonResult;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a run has to tell, decided from its report and what was told before (pure). */
class AlertComposerTest {
  static final String PAYROLL = "Payroll > View selected employees' Payroll sections";

  final Map<String, String> reported = new HashMap<>();

  AlertComposer.Composed after(List<PersonResult> people, List<String> missing, String error) {
    SyncReport report =
        new SyncReport(
            "acme",
            "run-1",
            false,
            new SyncReport.Counts(0, 0, 0, 0, 0, 0, 0, 0),
            people,
            List.of(),
            new SyncReport.Calls(0, 0, 0, 0),
            Duration.ZERO,
            List.of(),
            error,
            missing);
    AlertComposer.Composed c =
        AlertComposer.compose(
            "acme", false, new IntegrationSync.Report(report, null), reported, null);
    c.cleared().forEach(reported::remove);
    reported.putAll(c.nowTrue());
    return c;
  }

  static PersonResult person(String id, String name, PersonStatus status, Reason reason) {
    return new PersonResult(
        id,
        PersonResult.Action.NONE,
        name,
        null,
        "employee",
        status,
        reason,
        "what HiBob holds: 123-45-6789",
        null,
        null,
        null,
        List.of());
  }

  @Test
  void C2_aPermissionMissingFromTheFirstRunIsTheBaseline_onlyOneLostLaterIsNews() {
    assertThat(after(List.of(), List.of("Identification > View"), null).alert()).isNull();

    AlertComposer.Composed lost = after(List.of(), List.of("Identification > View", PAYROLL), null);

    assertThat(lost.alert().body()).contains("- " + PAYROLL).doesNotContain("Identification");
    assertThat(after(List.of(), List.of("Identification > View", PAYROLL), null).alert()).isNull();
    after(List.of(), List.of("Identification > View"), null);
    assertThat(after(List.of(), List.of("Identification > View", PAYROLL), null).alert())
        .as("lost again after it came back")
        .isNotNull();
  }

  @Test
  void aPersonIsToldWhenNewlyFailingOrWaiting_notAgain_andAgainAfterRecovering() {
    PersonResult failing = person("1", "Ana Lima", PersonStatus.FAILED, Reason.REMOTE_REJECTED);
    PersonResult fine = person("1", "Ana Lima", PersonStatus.SYNCED, null);

    Alert first = after(List.of(failing), List.of(), null).alert();

    assertThat(first.subject()).isEqualTo("bobsync \"acme\": 1 person newly failed");
    assertThat(first.body()).contains("- Ana Lima: Failed: refused by Remote");
    assertThat(first.body()).as("words only, never a record's values").doesNotContain("123-45");
    assertThat(after(List.of(failing), List.of(), null).alert()).isNull();
    assertThat(after(List.of(fine), List.of(), null).alert()).isNull();
    assertThat(after(List.of(failing), List.of(), null).alert()).isNotNull();
  }

  @Test
  void skippedForAReasonNoAdminCanActOnIsNoNews() {
    PersonResult left = person("2", "Leo Leaver", PersonStatus.SKIPPED, Reason.LEFT_COMPANY);
    PersonResult invalid = person("3", "Bad Mail", PersonStatus.SKIPPED, Reason.INVALID_FIELD);

    Alert alert = after(List.of(left, invalid), List.of(), null).alert();

    assertThat(alert.body())
        .contains("Newly waiting for an admin (1)")
        .contains("Bad Mail")
        .doesNotContain("Leo");
  }

  @Test
  void aFailedRunIsToldOncePerReason() {
    assertThat(after(List.of(), List.of(), "HiBob could not be reached").alert().body())
        .contains("The sync failed: the employee sync failed: HiBob could not be reached");
    assertThat(after(List.of(), List.of(), "HiBob could not be reached").alert()).isNull();
    assertThat(after(List.of(), List.of(), "Remote refused the API token").alert()).isNotNull();
  }
}
