package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.http.Json;
import dev.bobsync.store.SettingsDocument;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The time-off settings: defaults, what an admin may change, and how they are stored. */
class TimeOffSettingsTest {
  static final LocalDate TODAY = LocalDate.parse("2026-11-22");

  @Test
  void R9_lookBackIsFirstJanuaryByDefaultAndConfigurable() {
    TimeOffSettings s = TimeOffSettings.defaults();
    assertThat(s.lookBackFrom(TODAY)).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(s.withLookBack("today").lookBackFrom(TODAY)).isEqualTo(TODAY);
    assertThat(s.withLookBack("2026-06-01").lookBackFrom(TODAY))
        .isEqualTo(LocalDate.parse("2026-06-01"));
    assertThatThrownBy(() -> s.withLookBack("last week"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"last week\"");
  }

  @Test
  void R9_workWeeksAreMondayToFridayAndSundayToThursdayWhereTheWeekendIsFridayAndSaturday() {
    TimeOffSettings s = TimeOffSettings.defaults();
    assertThat(s.workWeek("PRT")).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).hasSize(5);
    assertThat(s.workWeek(null)).hasSize(5);
    for (String country : TimeOffDefaults.SUNDAY_TO_THURSDAY_COUNTRIES) {
      assertThat(s.workWeek(country)).contains(DayOfWeek.SUNDAY).doesNotContain(DayOfWeek.FRIDAY);
    }
  }

  @Test
  void everyDefaultTimeZoneExists() {
    TimeOffSettings.defaults().timezones().values().forEach(ZoneId::of);
    assertThat(TimeOffSettings.defaults().timezone("XYZ")).isEqualTo("Etc/UTC");
  }

  @Test
  void R9_theAdminChangesMappingsWorkWeeksTimeZonesAndTheLookBack() {
    TimeOffSettings next =
        TimeOffSettingsEditor.apply(
            TimeOffSettings.defaults(),
            new TimeOffSettingsEditor.Changes(
                "today",
                Map.of("Personal day", "OTHER", "holiday", "unpaid_leave"),
                List.of("Sick"),
                Map.of("Portugal", "mon-thu", "*", "MON,TUE,WED,THU,FRI,SAT"),
                Map.of("US", "America/Chicago")));
    assertThat(next.lookBack()).isEqualTo("today");
    assertThat(next.remoteType("personal day")).contains("other");
    assertThat(next.remoteType("Holiday")).contains("unpaid_leave");
    assertThat(next.policyTypes()).doesNotContainKey("Holiday");
    assertThat(next.remoteType("Sick")).isEmpty();
    assertThat(next.workWeek("PRT")).hasSize(4).doesNotContain(DayOfWeek.FRIDAY);
    assertThat(next.workWeek("DEU")).contains(DayOfWeek.SATURDAY);
    assertThat(next.timezone("USA")).isEqualTo("America/Chicago");
  }

  @Test
  void wrongValuesAreRefusedNamingThem() {
    TimeOffSettings s = TimeOffSettings.defaults();
    assertThatThrownBy(
            () ->
                TimeOffSettingsEditor.apply(
                    s,
                    new TimeOffSettingsEditor.Changes(
                        null, Map.of("X", "holidays"), null, null, null)))
        .hasMessageContaining("\"holidays\" is not a Remote time-off type");
    assertThatThrownBy(
            () ->
                TimeOffSettingsEditor.apply(
                    s,
                    new TimeOffSettingsEditor.Changes(
                        null, null, null, Map.of("Atlantis", "MON"), null)))
        .hasMessageContaining("Unknown country \"Atlantis\"");
    assertThatThrownBy(
            () ->
                TimeOffSettingsEditor.apply(
                    s,
                    new TimeOffSettingsEditor.Changes(
                        null, null, null, Map.of("PRT", "MON-FUN"), null)))
        .hasMessageContaining("\"FUN\"");
    assertThatThrownBy(
            () ->
                TimeOffSettingsEditor.apply(
                    s,
                    new TimeOffSettingsEditor.Changes(
                        null, null, null, null, Map.of("PRT", "Lisbon"))))
        .hasMessageContaining("\"Lisbon\" is not a time zone");
  }

  @Test
  void settingsSurviveTheSettingsDocumentNextToOtherSections() {
    SettingsDocument doc = new SettingsDocument(Json.newMapper());
    TimeOffSettings s =
        TimeOffSettings.defaults().withLookBack("today").withPolicyTypes(Map.of("PTO", "other"));
    String json =
        doc.withSection("{\"remote\": {\"remotePerMinute\": 20}}", TimeOffSettings.SECTION, s);
    assertThat(json).contains("\"remote\"");
    TimeOffSettings back =
        doc.section(
            json, TimeOffSettings.SECTION, TimeOffSettings.class, TimeOffSettings.defaults());
    assertThat(back).isEqualTo(s);
    assertThat(
            doc.section(
                "{}", TimeOffSettings.SECTION, TimeOffSettings.class, TimeOffSettings.defaults()))
        .isEqualTo(TimeOffSettings.defaults());
  }
}
