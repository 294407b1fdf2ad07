package dev.bobsync.sync;

import dev.bobsync.BobsyncException;
import dev.bobsync.remote.LegalEntity;
import dev.bobsync.remote.RemoteClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Remote company behind a token and its legal entities: discovered on connect, on the Settings
 * tab and by the CLI, so that no admin types a legal entity id.
 */
public final class RemoteCompany {
  private RemoteCompany() {}

  /** Asks Remote for the company ({@code identity/current}) and lists its legal entities. */
  public static RemoteSettings discover(RemoteClient remote, RemoteSettings settings) {
    String companyId = settings.companyId() != null ? settings.companyId() : remote.companyId();
    List<LegalEntity> entities = remote.legalEntities(companyId);
    return settings.withRemoteCompany(companyId, entities);
  }

  /**
   * Refuses chosen legal entities Remote does not list, or that are not in the country they are
   * chosen for; {@code settings} must hold Remote's list.
   */
  public static void checkChoices(RemoteSettings settings, Map<String, String> chosen) {
    List<LegalEntity> known = settings.remoteLegalEntities();
    if (known == null) {
      throw new BobsyncException(
          "Remote's legal entities could not be read, so the choice cannot be checked: check the"
              + " Remote connection first");
    }
    Map<String, String> problems = new TreeMap<>();
    Set<String> ids = known.stream().map(LegalEntity::id).collect(Collectors.toSet());
    chosen.forEach(
        (country, id) -> {
          LegalEntity entity =
              known.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
          if (entity == null) {
            problems.put(country, "\"" + id + "\" is not one of Remote's legal entities");
          } else if (!"*".equals(country)
              && entity.countryCode() != null
              && !entity.countryCode().equalsIgnoreCase(country)) {
            problems.put(
                country,
                "\""
                    + id
                    + "\" ("
                    + entity.name()
                    + ") is in "
                    + entity.countryCode()
                    + ", not "
                    + country);
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "legal entity refused: "
              + problems.entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining("; "))
              + ". Remote's legal entities: "
              + (ids.isEmpty() ? "none" : describe(known)));
    }
  }

  /** "name (id, country, Global Payroll)" per entity. */
  public static String describe(List<LegalEntity> entities) {
    return entities.stream()
        .map(
            e ->
                e.name()
                    + " ("
                    + e.id()
                    + ", "
                    + (e.countryCode() == null ? "no country" : e.countryCode())
                    + (e.globalPayroll() ? ", Global Payroll" : "")
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
