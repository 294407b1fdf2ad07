package dev.bobsync.sync;

import dev.bobsync.remote.LegalEntity;
import dev.bobsync.sync.plan.Countries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Remote sync's settings of one integration, kept in its settings document under {@code
 * "remote"}.
 *
 * @param syncFieldId the "Sync to Remote" custom field's id in HiBob (rule R1)
 * @param syncListName the named list holding that field's items
 * @param syncListItems item id to item name, for answers without display names
 * @param legalEntities Remote legal entity the admin chose to engage Global Payroll employees, by
 *     alpha-3 country code, {@code "*"} for any country
 * @param remotePerMinute the Remote budget bobsync keeps to (20 for a customer token)
 * @param hibobPerMinute the HiBob budget bobsync keeps to (50)
 * @param companyId the Remote company the token acts for, once known
 * @param remoteLegalEntities the company's legal entities as Remote last listed them
 */
public record RemoteSettings(
    String syncFieldId,
    String syncListName,
    Map<String, String> syncListItems,
    Map<String, String> legalEntities,
    int remotePerMinute,
    int hibobPerMinute,
    String companyId,
    List<LegalEntity> remoteLegalEntities) {

  public static final String SECTION = "remote";

  public RemoteSettings {
    syncListItems = syncListItems == null ? Map.of() : Map.copyOf(syncListItems);
    legalEntities = legalEntities == null ? Map.of() : Map.copyOf(legalEntities);
    remotePerMinute = remotePerMinute <= 0 ? 20 : remotePerMinute;
    hibobPerMinute = hibobPerMinute <= 0 ? 50 : hibobPerMinute;
    remoteLegalEntities = remoteLegalEntities == null ? null : List.copyOf(remoteLegalEntities);
  }

  public static RemoteSettings defaults() {
    return new RemoteSettings(null, null, Map.of(), Map.of(), 20, 50, null, null);
  }

  public RemoteSettings withSyncField(String fieldId, String listName, Map<String, String> items) {
    return new RemoteSettings(
        fieldId,
        listName,
        items,
        legalEntities,
        remotePerMinute,
        hibobPerMinute,
        companyId,
        remoteLegalEntities);
  }

  public RemoteSettings withLegalEntities(Map<String, String> entities) {
    return new RemoteSettings(
        syncFieldId,
        syncListName,
        syncListItems,
        entities,
        remotePerMinute,
        hibobPerMinute,
        companyId,
        remoteLegalEntities);
  }

  public RemoteSettings withRateLimits(int remote, int hibob) {
    return new RemoteSettings(
        syncFieldId,
        syncListName,
        syncListItems,
        legalEntities,
        remote,
        hibob,
        companyId,
        remoteLegalEntities);
  }

  /** With the company and its legal entities as Remote lists them now. */
  public RemoteSettings withRemoteCompany(String company, List<LegalEntity> entities) {
    return new RemoteSettings(
        syncFieldId,
        syncListName,
        syncListItems,
        legalEntities,
        remotePerMinute,
        hibobPerMinute,
        company,
        entities);
  }

  /** Legal entities keyed by alpha-3 code, from codes or country names ({@code *} kept). */
  public static Map<String, String> byAlpha3(Map<String, String> entities) {
    Map<String, String> result = new LinkedHashMap<>();
    entities.forEach(
        (country, id) -> {
          String key =
              country.trim().equals("*")
                  ? "*"
                  : Countries.alpha3(country)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException("Unknown country \"" + country + "\""));
          result.put(key, id.trim());
        });
    return result;
  }

  /**
   * The legal entity for a Global Payroll employee in {@code countryCode}: the admin's choice, else
   * the only Global-Payroll-enabled entity Remote has in that country; {@code null} when there is
   * none or several to choose from.
   */
  public String legalEntityFor(String countryCode) {
    String chosen = legalEntities.getOrDefault(countryCode, legalEntities.get("*"));
    if (chosen != null) {
      return chosen;
    }
    List<LegalEntity> candidates = LegalEntityChoice.candidates(this, countryCode);
    return candidates.size() == 1 ? candidates.get(0).id() : null;
  }
}
