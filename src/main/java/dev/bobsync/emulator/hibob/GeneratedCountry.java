package dev.bobsync.emulator.hibob;

import java.util.List;

/**
 * A country the generator places people in: its Datafaker locale, sites, currency and how salaries
 * there are usually paid.
 */
record GeneratedCountry(
    String name,
    String locale,
    List<Site> sites,
    String currency,
    long minAnnual,
    long maxAnnual,
    String payPeriod,
    String payFrequency,
    double fullTimeHours,
    int weight) {

  /** An office: its name in the site list, city and (US only) state. */
  record Site(String name, String city, String usaState) {}

  boolean isUsa() {
    return name.equals("United States");
  }

  static List<GeneratedCountry> all() {
    return List.of(
        new GeneratedCountry(
            "United States",
            "en-US",
            List.of(
                new Site("New York", "New York", "NY"),
                new Site("San Francisco", "San Francisco", "CA")),
            "USD",
            60_000,
            220_000,
            "Annual",
            "Bi-Weekly",
            40,
            30),
        new GeneratedCountry(
            "United Kingdom",
            "en-GB",
            List.of(new Site("London", "London", null)),
            "GBP",
            38_000,
            140_000,
            "Annual",
            "Monthly",
            37.5,
            15),
        new GeneratedCountry(
            "Portugal",
            "pt",
            List.of(new Site("Lisbon", "Lisboa", null)),
            "EUR",
            18_000,
            70_000,
            "Monthly",
            "Monthly",
            40,
            12),
        new GeneratedCountry(
            "Germany",
            "de",
            List.of(new Site("Berlin", "Berlin", null)),
            "EUR",
            45_000,
            130_000,
            "Annual",
            "Monthly",
            40,
            12),
        new GeneratedCountry(
            "Spain",
            "es",
            List.of(new Site("Madrid", "Madrid", null)),
            "EUR",
            26_000,
            90_000,
            "Annual",
            "Monthly",
            40,
            10),
        new GeneratedCountry(
            "Brazil",
            "pt-BR",
            List.of(new Site("São Paulo", "São Paulo", null)),
            "BRL",
            60_000,
            360_000,
            "Monthly",
            "Monthly",
            44,
            10),
        new GeneratedCountry(
            "Japan",
            "ja",
            List.of(new Site("Tokyo", "東京", null)),
            "JPY",
            4_500_000,
            15_000_000,
            "Annual",
            "Monthly",
            40,
            6),
        new GeneratedCountry(
            "Ukraine",
            "uk",
            List.of(new Site("Kyiv", "Київ", null)),
            "UAH",
            300_000,
            1_800_000,
            "Monthly",
            "Monthly",
            40,
            5));
  }
}
