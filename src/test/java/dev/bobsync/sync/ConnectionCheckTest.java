package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.store.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting (rules C1-C4, R1): the four answers, the permissions in HiBob's words, the field. */
class ConnectionCheckTest {
  @TempDir Path dir;
  SyncHarness h;

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void C1_aCompleteConnectionIsStoredWithItsCheck() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.OK);
    assertThat(added.saved()).isTrue();
    assertThat(added.report().hibob().employees()).isEqualTo(11);
    assertThat(added.report().hibob().leavers()).isEqualTo(1);
    assertThat(added.integration().lastCheckJson()).contains("\"outcome\":\"OK\"");
  }

  @Test
  void C1_wrongCredentialsAreRefusedAndNotStored() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "wrong-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.BAD_CREDENTIALS);
    assertThat(added.report().hibob().problem()).contains("401");
    assertThat(added.saved()).isFalse();
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id())).isEmpty();
  }

  @Test
  void C1_aServiceUserInNoPermissionGroupIsToldApartFromBadCredentials() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added = h.add("acme", "SERVICE-NOGROUP", "nogroup-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.NO_PERMISSION_GROUP);
    assertThat(added.report().hibob().problem()).contains("403").contains("no permission group");
    assertThat(added.saved()).isFalse();
  }

  @Test
  void C2_missingPermissionsAreNamedInHibobsWordsPerSection() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added = h.add("acme", "SERVICE-LIMITED", "limited-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.INCOMPLETE);
    assertThat(added.saved()).isTrue();
    assertThat(added.report().permissionsToAdd())
        .anyMatch(p -> p.startsWith("Address > View selected employees' Address sections"))
        .anyMatch(p -> p.startsWith("Emergency > View selected employees' Emergency sections"))
        .anyMatch(p -> p.startsWith("Payroll > View selected employees' Payroll sections"))
        .anyMatch(
            p ->
                p.contains("Identification > Edit selected employees' Identification sections")
                    && p.contains("SSN"))
        .anyMatch(p -> p.startsWith("Personal Contact Details > View selected employees'"))
        .noneMatch(p -> p.startsWith("Work >"));
  }

  @Test
  void C3_aRenamedSectionIsReportedAsInformationAndStillWorks() {
    h = new SyncHarness(dir);
    h.hibob.company().renameSection("work", "Job");
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.OK);
    assertThat(added.report().hibob().findings())
        .anyMatch(
            f -> f.severity() == AccessReport.Severity.INFO && f.message().contains("\"Job\""));
    assertThat(h.sync(added.integration()).counts().created()).isEqualTo(3);
  }

  @Test
  void R1_connectingCreatesTheSyncToRemoteFieldAndItsThreeItems() throws Exception {
    h = new SyncHarness(dir, companyWithoutSyncField(true));
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.report().setupDone())
        .contains("Created the \"Sync to Remote\" field in HiBob's Work section.")
        .contains("Added \"As employee\" to the \"Sync to Remote\" list.")
        .contains("Added \"As contractor\" to the \"Sync to Remote\" list.")
        .contains("Added \"As global payroll employee\" to the \"Sync to Remote\" list.");
    RemoteSettings settings = new RemoteSettingsEditor(h.store).read(added.integration());
    assertThat(settings.syncFieldId()).startsWith("work.");
    assertThat(settings.syncListItems().values())
        .containsExactlyInAnyOrder("As employee", "As contractor", "As global payroll employee");
    // Every write to HiBob is in the audit log.
    List<AuditEntry> audit = h.store.audit().list(added.integration().id(), 10, 0);
    assertThat(audit).extracting(AuditEntry::target).containsOnly("hibob");
    assertThat(audit)
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder(
            "create_field", "add_list_item", "add_list_item", "add_list_item");
    assertThat(audit)
        .filteredOn(e -> e.action().equals("create_field"))
        .singleElement()
        .satisfies(e -> assertThat(e.afterJson()).contains(settings.syncFieldId()));
    // A second check finds the field and creates nothing.
    assertThat(
            new IntegrationSetup(h.store, h.app.clients()).check(added.integration()).setupDone())
        .isEmpty();
    assertThat(h.store.audit().count(added.integration().id())).isEqualTo(4);
  }

  @Test
  void R1_withoutTheFieldPermissionsTheCheckSaysWhichFeatureToTick() throws Exception {
    h = new SyncHarness(dir, companyWithoutSyncField(false));
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.INCOMPLETE);
    assertThat(added.report().permissionsToAdd())
        .anyMatch(p -> p.contains("Settings > Employee Fields > Manage Employee Field Settings"));
  }

  @Test
  void C4_noTokenAppearsInTheReportOrTheStoredCheck() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.integration().lastCheckJson())
        .doesNotContain("hibob-secret-token")
        .doesNotContain("ra_test_acme");
    assertThat(added.report().toString())
        .doesNotContain("hibob-secret-token")
        .doesNotContain("ra_test_acme");
    assertThat(added.integration().toString()).doesNotContain("hibob-secret-token");
  }

  /** The test company without the "Sync to Remote" field, with or without the field features. */
  private static HibobCompany companyWithoutSyncField(boolean features) throws Exception {
    String json = Files.readString(SyncHarness.resource("sync/hibob.json"));
    json =
        json.replaceAll("(?s)\"customFields\": \\[.*?\\],", "\"customFields\": [],")
            .replaceAll("(?s)\"namedLists\": \\{.*?\\]\\s*\\},", "\"namedLists\": {},")
            .replace(", \"custom\": {\"field_1700000000001\": \"1\"}", "")
            .replace(", \"custom\": {\"field_1700000000001\": \"2\"}", "")
            .replace(", \"custom\": {\"field_1700000000001\": \"3\"}", "");
    if (!features) {
      json =
          json.replace(
              "\"features\": [\"manageEmployeeFieldSettings\", \"editAllLists\"]",
              "\"features\": []");
    }
    return HibobCompany.fromFixtureJson(json, "test company without the field");
  }

  private IntegrationSetup.Added add(
      String hibobUrl, String hibobToken, String remoteUrl, String remoteToken, boolean anyway) {
    return new IntegrationSetup(h.store, h.app.clients())
        .add(
            h.store.workspaces().defaultWorkspace().id(),
            new IntegrationSetup.Request(
                "acme",
                hibobUrl,
                "SERVICE-1",
                hibobToken,
                remoteUrl,
                remoteToken,
                java.time.Duration.ofMinutes(60),
                java.util.Map.of(),
                100_000),
            anyway);
  }

  private List<dev.bobsync.store.Integration> stored() {
    return h.store.integrations().list(h.store.workspaces().defaultWorkspace().id());
  }

  @Test
  void C1_aWrongRemoteTokenIsBlamedOnRemoteAndNotStored() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added =
        add(h.hibob.baseUrl(), "hibob-secret-token", h.remote.baseUrl(), "ra_test_acm", false);
    assertThat(added.saved()).isFalse();
    assertThat(stored()).isEmpty();
    assertThat(added.report().failure()).startsWith("Remote refused the API token (HTTP 401)");
    assertThat(added.report().failure()).doesNotContain("HiBob refused");
    assertThat(added.report().headline()).isEqualTo("HiBob works; Remote refused the API token.");
  }

  @Test
  void C1_wrongHibobCredentialsAreBlamedOnHibob() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added added =
        add(h.hibob.baseUrl(), "wrong-token", h.remote.baseUrl(), "ra_test_acme", false);
    assertThat(added.report().failure()).startsWith("HiBob refused the service user id or token");
    assertThat(added.report().headline()).startsWith("HiBob refused");
  }

  @Test
  void C1_aHibobAddressThatAnswersAWebPageSaysWhereTheApiIsAndIsNotStored() {
    h = new SyncHarness(dir);
    String withoutV1 = h.hibob.baseUrl().replaceAll("/v1/?$", "");
    IntegrationSetup.Added added =
        add(withoutV1, "hibob-secret-token", h.remote.baseUrl(), "ra_test_acme", false);
    assertThat(added.saved()).isFalse();
    assertThat(stored()).isEmpty();
    assertThat(added.report().failure())
        .contains("this looks like HiBob's web address; the API is at https://api.hibob.com/v1")
        .doesNotContain("could not be reached");
  }

  @Test
  void C1_anUnreachableHostIsNotStoredUnlessSavedAnyway() {
    h = new SyncHarness(dir);
    IntegrationSetup.Added refused =
        add(
            "http://127.0.0.1:1/v1",
            "hibob-secret-token",
            h.remote.baseUrl(),
            "ra_test_acme",
            false);
    assertThat(refused.saved()).isFalse();
    assertThat(refused.report().failure()).startsWith("HiBob could not be reached");
    assertThat(stored()).isEmpty();

    IntegrationSetup.Added anyway =
        add(
            "http://127.0.0.1:1/v1",
            "hibob-secret-token",
            h.remote.baseUrl(),
            "ra_test_acme",
            true);
    assertThat(anyway.saved()).isTrue();
    assertThat(anyway.savedAnyway()).isTrue();
    assertThat(stored()).hasSize(1);
  }

  @Test
  void C1_aServiceUserInAGroupOfAnotherTypeIsToldToCreateAServiceUserGroup() {
    h = new SyncHarness(dir);
    h.hibob
        .company()
        .replacePermissionGroup(
            new dev.bobsync.emulator.hibob.PermissionGroup(
                "Integrations",
                java.util.Map.of(
                    "work",
                    java.util.Set.of(dev.bobsync.emulator.hibob.PermissionGroup.Action.VIEW)),
                java.util.Set.of(),
                null,
                dev.bobsync.emulator.hibob.PermissionGroup.Type.EMPLOYEE));
    IntegrationSetup.Added added = h.add("acme", "SERVICE-1", "hibob-secret-token");
    assertThat(added.report().outcome()).isEqualTo(AccessReport.Outcome.NO_PERMISSION_GROUP);
    assertThat(added.report().failure())
        .contains("create a group with the type \"Service user\" and add the service user to it");
    assertThat(added.saved()).isFalse();
  }
}
