package dev.bobsync.sync.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns HiBob's country names into the ISO 3166 alpha-3 codes Remote takes. */
public final class Countries {
  private static final Map<String, String> ALPHA3 = build();

  private Countries() {}

  /** The alpha-3 code for a country name, alpha-2 or alpha-3 code, or common alias. */
  public static Optional<String> alpha3(String country) {
    if (country == null || country.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ALPHA3.get(key(country)));
  }

  private static Map<String, String> build() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      String alpha3 = locale.getISO3Country();
      map.put(key(alpha2), alpha3);
      map.put(key(alpha3), alpha3);
      map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), alpha3);
    }
    map.put(key("United States of America"), "USA");
    map.put(key("USA"), "USA");
    map.put(key("US"), "USA");
    map.put(key("UK"), "GBR");
    map.put(key("Great Britain"), "GBR");
    map.put(key("England"), "GBR");
    map.put(key("Scotland"), "GBR");
    map.put(key("Wales"), "GBR");
    map.put(key("Northern Ireland"), "GBR");
    map.put(key("Czech Republic"), "CZE");
    map.put(key("Holland"), "NLD");
    map.put(key("South Korea"), "KOR");
    map.put(key("Korea"), "KOR");
    map.put(key("Russia"), "RUS");
    map.put(key("Turkey"), "TUR");
    map.put(key("Vietnam"), "VNM");
    return Map.copyOf(map);
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
