package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule V5: every HiBob field, custom sections included, visible or with the permission to add. */
class FieldCatalogueTest {
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

  private FieldCatalogue.Result catalogue(String user, String token) {
    Integration i =
        h.connect(
                "c-" + user,
                user,
                token,
                CompensationProfile.defaults()
                    .withCustomFields(
                        List.of(TestPlans.chosen(TestPlans.BONUS_TARGET, "Bonus target %"))))
            .integration();
    return h.app.compensation().catalogue(h.fresh(i));
  }

  @Test
  void V5_everyFieldIsListedWithItsSectionTypeAndVisibility() {
    FieldCatalogue.Result r = catalogue("SERVICE-1", "full-token");
    assertThat(r.outcome()).isEqualTo(Outcome.OK);
    Map<String, CatalogueEntry> byId = FieldCatalogue.byId(r.entries());
    assertThat(byId).containsKeys("root.firstName", "work.title", "personal.birthDate");
    assertThat(byId.get(TestPlans.BENEFITS))
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Benefits eligible");
              assertThat(e.category()).isEqualTo("Benefits");
              assertThat(e.type()).isEqualTo("boolean");
              assertThat(e.custom()).isTrue();
              assertThat(e.customSection()).isTrue();
              assertThat(e.visible()).isTrue();
              assertThat(e.permission()).isNull();
            });
    assertThat(byId.get(TestPlans.BONUS_TARGET))
        .satisfies(
            e -> {
              assertThat(e.category()).isEqualTo("Payroll");
              assertThat(e.custom()).isTrue();
              assertThat(e.customSection()).isFalse();
              assertThat(e.chosen()).isTrue();
            });
    assertThat(byId.get("work.title").custom()).isFalse();
    assertThat(byId.get("home.legalGender").chosen()).as("the gender field is exported").isTrue();
  }

  @Test
  void V5_aHiddenFieldNamesThePermissionAndSensitiveOnesNeedEdit() {
    FieldCatalogue.Result r = catalogue("SERVICE-NOHOME", "nohome-token");
    Map<String, CatalogueEntry> byId = FieldCatalogue.byId(r.entries());
    assertThat(byId.get(TestPlans.BENEFITS).visible()).isFalse();
    assertThat(byId.get(TestPlans.BENEFITS).permission())
        .isEqualTo("Benefits > View selected employees' Benefits sections");
    CatalogueEntry birth = byId.get("personal.birthDate");
    assertThat(birth.sensitive()).isTrue();
    assertThat(birth.visible()).isFalse();
    assertThat(birth.permission())
        .contains("Personal > Edit selected employees' Personal sections");
    assertThat(byId.get("personal.nationality").visible())
        .as("Personal is viewable, only the sensitive field needs Edit")
        .isTrue();
  }

  @Test
  void V5_aRefusedServiceUserGetsNoCatalogueButTheReason() {
    Integration i =
        new CompensationSetup(h.store, h.app.clients(), h.clock)
            .connect(
                h.store.workspaces().defaultWorkspace().id(),
                new CompensationSetup.Request(
                    "x", h.hibob.baseUrl(), "SERVICE-NOGROUP", "nogroup-token"),
                CompensationProfile.defaults(),
                true)
            .integration();
    FieldCatalogue.Result r = h.app.compensation().catalogue(h.fresh(i));
    assertThat(r.outcome()).isEqualTo(Outcome.NO_PERMISSION_GROUP);
    assertThat(r.entries()).isEmpty();
  }
}
