package dev.bobsync.sync;

import dev.bobsync.remote.LegalEntity;
import java.util.List;
import java.util.stream.Collectors;

/** Which of Remote's legal entities can engage Global Payroll employees of a country, in words. */
public final class LegalEntityChoice {
  private LegalEntityChoice() {}

  /**
   * One of Remote's legal entities and what bobsync does with it.
   *
   * @param use e.g. "engages Global Payroll employees in DEU (chosen)", or "" when unused
   */
  public record Row(LegalEntity entity, String use) {}

  /** Every legal entity Remote listed, with its use; empty when never listed. */
  public static List<Row> rows(RemoteSettings settings) {
    if (settings.remoteLegalEntities() == null) {
      return List.of();
    }
    return settings.remoteLegalEntities().stream().map(e -> new Row(e, use(settings, e))).toList();
  }

  private static String use(RemoteSettings settings, LegalEntity e) {
    String country = e.countryCode();
    boolean chosen = settings.legalEntities().containsValue(e.id());
    if (chosen) {
      return "engages Global Payroll employees of "
          + settings.legalEntities().entrySet().stream()
              .filter(c -> c.getValue().equals(e.id()))
              .map(c -> c.getKey().equals("*") ? "any country" : c.getKey())
              .collect(Collectors.joining(", "))
          + " (chosen)";
    }
    if (!e.globalPayroll() || country == null) {
      return "";
    }
    if (settings.legalEntities().containsKey(country.toUpperCase(java.util.Locale.ROOT))) {
      return "not used: another one is chosen for " + country;
    }
    int count = candidates(settings, country).size();
    return count == 1
        ? "engages Global Payroll employees of " + country + " (the only one there)"
        : "one of " + count + " in " + country + ": choose one";
  }

  /** Remote's Global-Payroll-enabled legal entities in the country, as last listed. */
  static List<LegalEntity> candidates(RemoteSettings settings, String countryCode) {
    if (settings.remoteLegalEntities() == null) {
      return List.of();
    }
    return settings.remoteLegalEntities().stream()
        .filter(LegalEntity::globalPayroll)
        .filter(e -> countryCode.equalsIgnoreCase(e.countryCode()))
        .toList();
  }

  /** Why a Global Payroll employee in the country has no legal entity, and what to do. */
  static String whyNone(RemoteSettings settings, String countryCode, String integrationName) {
    List<LegalEntity> candidates = candidates(settings, countryCode);
    String name = shellWord(integrationName);
    String choose =
        " on the integration's Settings tab (or: bobsync integration legal-entities "
            + name
            + " --set "
            + countryCode
            + "=<id>)";
    if (candidates.size() > 1) {
      return "Remote has several legal entities in "
          + countryCode
          + " that run Global Payroll ("
          + candidates.stream()
              .map(e -> e.name() + " = " + e.id())
              .collect(Collectors.joining(", "))
          + "): choose the one that engages these employees"
          + choose
          + ".";
    }
    if (settings.remoteLegalEntities() == null) {
      return "Global Payroll employments need the Remote legal entity that engages them, and"
          + " Remote's legal entities have not been read yet: open the integration's Settings tab"
          + " or run bobsync check "
          + name
          + ", or set one"
          + choose
          + ".";
    }
    return "Remote has no legal entity in "
        + countryCode
        + " that runs Global Payroll, so this person cannot be created there. Set one up in"
        + " Remote (Company settings > Legal entities), then refresh the list"
        + choose
        + ".";
  }

  /** The integration's name as typed on a command line: quoted when it holds a space. */
  static String shellWord(String name) {
    if (name == null || name.isBlank()) {
      return "NAME";
    }
    return name.matches("[A-Za-z0-9._@:/+=-]+") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
  }
}
