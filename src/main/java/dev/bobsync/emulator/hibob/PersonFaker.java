package dev.bobsync.emulator.hibob;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** One seeded Datafaker per country, so names and addresses fit where people live. */
final class PersonFaker {
  private final Map<String, Faker> byCountry = new HashMap<>();
  private final Faker company;

  PersonFaker(long seed, List<GeneratedCountry> countries) {
    for (int i = 0; i < countries.size(); i++) {
      GeneratedCountry c = countries.get(i);
      byCountry.put(
          c.name(), new Faker(Locale.forLanguageTag(c.locale()), new Random(seed * 31 + i)));
    }
    company = new Faker(Locale.US, new Random(seed));
  }

  Faker of(GeneratedCountry country) {
    return byCountry.get(country.name());
  }

  String companyName() {
    return company.company().name();
  }

  /** Lower-case ASCII letters and digits of a name: "João" gives "joao", "健太郎" gives "". */
  static String ascii(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (char ch : folded.toCharArray()) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
        out.append(Character.toLowerCase(ch));
      }
    }
    return out.toString();
  }
}
