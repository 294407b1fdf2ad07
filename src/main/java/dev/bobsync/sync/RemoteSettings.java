package dev.bobsync.sync;

import dev.bobsync.sync.plan.Countries;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Remote sync's settings of one integration, kept in its settings document under {@code
 * "remote"}.
 *
 * @param syncFieldId the "Sync to Remote" custom field's id in HiBob (rule R1)
 * @param syncListName the named list holding that field's items
 * @param syncListItems item id to item name, for answers without display names
 * @param legalEntities Remote legal entity engaging Global Payroll employees, by alpha-3 country
 *     code, {@code "*"} for any country
 * @param remotePerMinute the Remote budget bobsync keeps to (20 for a customer token)
 * @param hibobPerMinute the HiBob budget bobsync keeps to (50)
 */
public record RemoteSettings(
    String syncFieldId,
    String syncListName,
    Map<String, String> syncListItems,
    Map<String, String> legalEntities,
    int remotePerMinute,
    int hibobPerMinute) {

  public static final String SECTION = "remote";

  public RemoteSettings {
    syncListItems = syncListItems == null ? Map.of() : Map.copyOf(syncListItems);
    legalEntities = legalEntities == null ? Map.of() : Map.copyOf(legalEntities);
    remotePerMinute = remotePerMinute <= 0 ? 20 : remotePerMinute;
    hibobPerMinute = hibobPerMinute <= 0 ? 50 : hibobPerMinute;
  }

  public static RemoteSettings defaults() {
    return new RemoteSettings(null, null, Map.of(), Map.of(), 20, 50);
  }

  public RemoteSettings withSyncField(String fieldId, String listName, Map<String, String> items) {
    return new RemoteSettings(
        fieldId, listName, items, legalEntities, remotePerMinute, hibobPerMinute);
  }

  public RemoteSettings withLegalEntities(Map<String, String> entities) {
    return new RemoteSettings(
        syncFieldId, syncListName, syncListItems, entities, remotePerMinute, hibobPerMinute);
  }

  public RemoteSettings withRateLimits(int remote, int hibob) {
    return new RemoteSettings(
        syncFieldId, syncListName, syncListItems, legalEntities, remote, hibob);
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
                              new IllegalArgumentException("unknown country \"" + country + "\""));
          result.put(key, id.trim());
        });
    return result;
  }

  /** The legal entity for a Global Payroll employee in {@code countryCode}, if set. */
  public String legalEntityFor(String countryCode) {
    return legalEntities.getOrDefault(countryCode, legalEntities.get("*"));
  }
}
