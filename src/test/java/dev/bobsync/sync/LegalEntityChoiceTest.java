package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.remote.LegalEntity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R4: Global Payroll legal entities are Remote's, found rather than typed. */
class LegalEntityChoiceTest {
  private final RemoteSettings settings =
      RemoteSettings.defaults()
          .withRemoteCompany(
              "c-1",
              List.of(
                  new LegalEntity("le-us", "Acme Inc", "USA", true, true),
                  new LegalEntity("le-de-1", "Acme GmbH", "DEU", true, false),
                  new LegalEntity("le-de-2", "Acme Services GmbH", "DEU", true, false),
                  new LegalEntity("le-pt", "Acme Lda (EOR only)", "PRT", false, false)));

  @Test
  void R4_theOnlyGlobalPayrollEntityOfACountryIsUsedWithoutAsking() {
    assertThat(settings.legalEntityFor("USA")).isEqualTo("le-us");
  }

  @Test
  void R4_severalEntitiesInACountryAskTheAdminToChoose() {
    assertThat(settings.legalEntityFor("DEU")).isNull();
    assertThat(LegalEntityChoice.whyNone(settings, "DEU", "acme"))
        .contains("several", "le-de-1", "le-de-2", "Settings tab")
        .contains("bobsync integration legal-entities acme --set DEU=")
        .doesNotContain("NAME");
    RemoteSettings chosen = settings.withLegalEntities(Map.of("DEU", "le-de-2"));
    assertThat(chosen.legalEntityFor("DEU")).isEqualTo("le-de-2");
    assertThat(LegalEntityChoice.rows(chosen))
        .filteredOn(r -> r.entity().id().equals("le-de-2"))
        .singleElement()
        .satisfies(r -> assertThat(r.use()).contains("chosen"));
  }

  @Test
  void R4_aCountryWithoutAGlobalPayrollEntitySaysToSetOneUpInRemote() {
    assertThat(settings.legalEntityFor("PRT")).isNull();
    assertThat(LegalEntityChoice.whyNone(settings, "PRT", "acme"))
        .contains("no legal entity in PRT that runs Global Payroll");
  }

  @Test
  void R4_theCommandInTheHintNamesTheIntegrationQuotedWhenItHasASpace() {
    assertThat(LegalEntityChoice.whyNone(settings, "DEU", "Acme Europe"))
        .contains("bobsync integration legal-entities \"Acme Europe\" --set DEU=");
    assertThat(LegalEntityChoice.whyNone(RemoteSettings.defaults(), "DEU", "acme"))
        .contains("bobsync check acme");
  }

  @Test
  void R4_aChosenIdRemoteDoesNotListOrOfAnotherCountryIsRefused() {
    assertThatThrownBy(() -> RemoteCompany.checkChoices(settings, Map.of("USA", "le-x")))
        .hasMessageContaining("not one of Remote's legal entities");
    assertThatThrownBy(() -> RemoteCompany.checkChoices(settings, Map.of("USA", "le-de-1")))
        .hasMessageContaining("is in DEU, not USA");
    RemoteCompany.checkChoices(settings, Map.of("DEU", "le-de-1"));
  }
}
