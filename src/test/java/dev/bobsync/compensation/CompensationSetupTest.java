package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.http.Json;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting for the compensation export only (C1, C4), and the V4 diagnostics against HiBob. */
class CompensationSetupTest {
  @TempDir Path dir;
  CompensationHarness h;

  @BeforeEach
  void start() {
    h = new CompensationHarness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void C1_aCompensationOnlyIntegrationHasNoRemoteAndKeepsItsProfile() {
    CompensationSetup.Connected c =
        h.connect(
            "globex",
            "SERVICE-1",
            "full-token",
            CompensationProfile.defaults().withAnonymous(true));
    assertThat(c.report().outcome()).isEqualTo(Outcome.OK);
    assertThat(c.report().employees()).isEqualTo(10);
    assertThat(c.report().leavers()).isEqualTo(2);
    Integration i = c.integration();
    assertThat(i.remoteUrl()).isNull();
    assertThat(i.syncInterval()).as("nothing to sync on a schedule").isZero();
    Credentials creds = h.store.integrations().credentials(i.id());
    assertThat(creds.remoteToken()).isNull();
    assertThat(creds.hibobToken()).isEqualTo("full-token");
    assertThat(h.app.compensation().settings().read(i).anonymous()).isTrue();
    assertThat(i.lastCheckJson()).contains("\"outcome\":\"OK\"").doesNotContain("full-token");
  }

  @Test
  void savingTheProfileKeepsTheOtherFeaturesSections() {
    Integration i = h.globex(CompensationProfile.defaults());
    SettingsDocument doc = new SettingsDocument(Json.newMapper());
    h.store
        .integrations()
        .updateSettings(
            i.id(), doc.withSection(h.fresh(i).settingsJson(), "remote", Map.of("x", 1)));
    h.app
        .compensation()
        .settings()
        .save(i, CompensationProfile.defaults().withGroups(false, false, false));
    String json = h.fresh(i).settingsJson();
    assertThat(json).contains("\"remote\":{\"x\":1}").contains("\"compensation\":{");
    assertThat(h.app.compensation().settings().read(h.fresh(i)).gender()).isFalse();
  }

  @Test
  void C1_wrongCredentialsAreRefusedAndNotStored() {
    CompensationSetup.Connected c =
        h.connect("globex", "SERVICE-1", "wrong-token", CompensationProfile.defaults());
    assertThat(c.report().outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
    assertThat(c.saved()).isFalse();
    assertThat(c.report().diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.title()).isEqualTo("General errors"));
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id())).isEmpty();
  }

  @Test
  void V4_aServiceUserInNoPermissionGroupGetsGeneralErrorsWithEveryFieldAndBothCauses() {
    CompensationSetup.Connected c =
        h.connect("globex", "SERVICE-NOGROUP", "nogroup-token", CompensationProfile.defaults());
    assertThat(c.report().outcome()).isEqualTo(Outcome.NO_PERMISSION_GROUP);
    assertThat(c.report().problem()).contains("403");
    Diagnostic general = c.report().diagnostics().get(0);
    assertThat(general.title()).isEqualTo("General errors");
    assertThat(general.fields()).contains("work.title", "payroll.salary.yearlyPayment");
    assertThat(general.message())
        .contains("assigned to the permission group")
        .contains("token are correct");
  }

  @Test
  void V4_almostNothingVisibleIsGeneralErrors() {
    CompensationReport r =
        h.connect("basic", "SERVICE-BASIC", "basic-token", CompensationProfile.defaults()).report();
    assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(r.diagnostics().get(0).title()).isEqualTo("General errors");
    assertThat(r.diagnostics().get(0).fields()).contains("work.title", "internal.status");
  }

  @Test
  void V4_theHomePermissionIsMissingWhenGenderAndBirthDateAreOnButHidden() {
    CompensationReport r =
        h.connect("nohome", "SERVICE-NOHOME", "nohome-token", CompensationProfile.defaults())
            .report();
    assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
    Diagnostic home =
        r.diagnostics().stream()
            .filter(d -> d.title().equals("The 'Home' permission is missing"))
            .findFirst()
            .orElseThrow();
    assertThat(home.fields()).containsExactly("home.legalGender", "personal.birthDate");
    assertThat(r.permissionsToAdd())
        .contains("Home > View selected employees' Home sections")
        .anyMatch(p -> p.contains("Personal > Edit selected employees' Personal sections"));
    assertThat(r.diagnostics()).noneMatch(d -> d.title().equals("General errors"));
  }

  @Test
  void V4_switchingGenderAndBirthDateOffOrChoosingACustomGenderFieldClearsIt() {
    CompensationProfile customGender =
        CompensationProfile.defaults()
            .withGroups(true, true, false)
            .withGenderField("category_1690000000300.field_1690000000301");
    CompensationReport r = h.connect("full", "SERVICE-1", "full-token", customGender).report();
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    Dataset d =
        h.dataset(
            h.store
                .integrations()
                .byName(h.store.workspaces().defaultWorkspace().id(), "full")
                .orElseThrow(),
            false);
    assertThat(d.rows().stream().filter(x -> x.id().equals("5001")))
        .singleElement()
        .satisfies(x -> assertThat(x.demographics().gender()).isEqualTo("Woman"));
    CompensationReport off =
        h.connect(
                "nohome",
                "SERVICE-NOHOME",
                "nohome-token",
                CompensationProfile.defaults().withGroups(true, false, false))
            .report();
    assertThat(off.diagnostics()).noneMatch(x -> x.title().equals(Diagnostic.HOME_MISSING));
  }

  @Test
  void salaryHistoryHiddenIsReportedFromOneBulkRead() {
    CompensationSetup.Connected c =
        h.connect(
            "nohistory",
            "SERVICE-NOHISTORY",
            "nohistory-token",
            CompensationProfile.defaults().withSalaryHistory(true));
    assertThat(c.report().permissionsToAdd())
        .contains("Payroll > View selected employees' Payroll section histories");
    h.hibob.resetStats();
    Dataset d = h.dataset(c.integration(), false);
    assertThat(h.hibob.stats().count("GET", "/v1/bulk/people/salaries")).isEqualTo(1);
    assertThat(h.hibob.stats().count("GET", "/v1/people/{id}/salaries")).isZero();
    assertThat(d.rows()).hasSize(10).allMatch(r -> r.history().isEmpty());
    assertThat(d.rows()).allMatch(r -> r.salary().annual() != null || !r.notes().isEmpty());
    assertThat(d.report().diagnostics())
        .anyMatch(x -> x.title().equals(Diagnostic.HISTORY_NOT_VISIBLE));
  }

  @Test
  void theCheckReadsOneSalaryTableAtMost() {
    Integration i = h.globex(CompensationProfile.defaults().withSalaryHistory(true));
    h.hibob.resetStats();
    CompensationReport r = h.app.compensation().check(h.fresh(i));
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    assertThat(h.hibob.stats().count("GET", "/v1/people/{id}/salaries")).isEqualTo(1);
    assertThat(r.hibobCalls()).isEqualTo(3);
    assertThat(List.of(r.permissionsToAdd())).containsExactly(List.of());
  }
}
