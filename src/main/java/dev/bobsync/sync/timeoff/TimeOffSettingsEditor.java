package dev.bobsync.sync.timeoff;

import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.sync.plan.Countries;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads and changes the time-off settings of a stored integration, checking every value. */
public final class TimeOffSettingsEditor {
  private static final List<String> DAY_NAMES =
      List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

  private final Store store;
  private final SettingsDocument doc = new SettingsDocument(Json.newMapper());

  public TimeOffSettingsEditor(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Changes to make; {@code null} or empty parts change nothing.
   *
   * @param lookBack {@code year}, {@code today} or {@code YYYY-MM-DD}
   * @param mapTypes HiBob policy type to Remote {@code timeoff_type}
   * @param unmapTypes HiBob policy types to forget
   * @param workWeeks country (name, alpha-2 or alpha-3, or {@code *}) to days, e.g. {@code SUN-THU}
   *     or {@code MON,TUE,WED,THU}
   * @param timezones country to IANA time zone
   */
  public record Changes(
      String lookBack,
      Map<String, String> mapTypes,
      Collection<String> unmapTypes,
      Map<String, String> workWeeks,
      Map<String, String> timezones) {
    public Changes {
      mapTypes = mapTypes == null ? Map.of() : Map.copyOf(mapTypes);
      unmapTypes = unmapTypes == null ? List.of() : List.copyOf(unmapTypes);
      workWeeks = workWeeks == null ? Map.of() : Map.copyOf(workWeeks);
      timezones = timezones == null ? Map.of() : Map.copyOf(timezones);
    }

    public boolean isEmpty() {
      return lookBack == null
          && mapTypes.isEmpty()
          && unmapTypes.isEmpty()
          && workWeeks.isEmpty()
          && timezones.isEmpty();
    }
  }

  /** The integration's time-off settings, or the defaults. */
  public TimeOffSettings read(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return doc.section(
        integration.settingsJson(),
        TimeOffSettings.SECTION,
        TimeOffSettings.class,
        TimeOffSettings.defaults());
  }

  /**
   * Applies {@code changes} and stores the result; a wrong value is an {@link
   * IllegalArgumentException} that names it, and nothing is stored.
   */
  public TimeOffSettings update(Integration integration, Changes changes) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(changes, "changes");
    TimeOffSettings next = apply(read(integration), changes);
    store
        .integrations()
        .updateSettings(
            integration.id(),
            doc.withSection(integration.settingsJson(), TimeOffSettings.SECTION, next));
    return next;
  }

  /** {@code settings} with {@code changes} applied (pure). */
  static TimeOffSettings apply(TimeOffSettings settings, Changes changes) {
    TimeOffSettings next = settings;
    if (changes.lookBack() != null) {
      next = next.withLookBack(changes.lookBack());
    }
    if (!changes.mapTypes().isEmpty() || !changes.unmapTypes().isEmpty()) {
      Map<String, String> types = new LinkedHashMap<>();
      next.policyTypes().forEach(types::put);
      changes.unmapTypes().forEach(t -> types.keySet().removeIf(k -> same(k, t)));
      changes
          .mapTypes()
          .forEach(
              (hibob, remote) -> {
                String type = remote.trim().toLowerCase(Locale.ROOT);
                if (!TimeOffSettings.REMOTE_TYPES.contains(type)) {
                  throw new IllegalArgumentException(
                      "\""
                          + remote
                          + "\" is not a Remote time-off type; use one of "
                          + String.join(", ", TimeOffSettings.REMOTE_TYPES));
                }
                types.keySet().removeIf(k -> same(k, hibob));
                types.put(hibob.trim(), type);
              });
      next = next.withPolicyTypes(types);
    }
    if (!changes.workWeeks().isEmpty()) {
      Map<String, List<DayOfWeek>> weeks = new LinkedHashMap<>(next.workWeeks());
      changes.workWeeks().forEach((country, days) -> weeks.put(country(country), days(days)));
      next = next.withWorkWeeks(weeks);
    }
    if (!changes.timezones().isEmpty()) {
      Map<String, String> zones = new LinkedHashMap<>(next.timezones());
      changes
          .timezones()
          .forEach(
              (country, zone) -> {
                if (!TimeOffSettings.isZone(zone.trim())) {
                  throw new IllegalArgumentException(
                      "\"" + zone + "\" is not a time zone (e.g. Europe/Lisbon)");
                }
                zones.put(country(country), zone.trim());
              });
      next = next.withTimezones(zones);
    }
    return next;
  }

  /** {@code SUN-THU}, {@code MON,TUE,WED} or a mix, in English three-letter or full names. */
  static List<DayOfWeek> days(String text) {
    List<DayOfWeek> days = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] range = part.trim().split("-");
      if (range.length == 1) {
        days.add(day(range[0]));
      } else if (range.length == 2) {
        DayOfWeek from = day(range[0]);
        DayOfWeek to = day(range[1]);
        for (DayOfWeek d = from; ; d = d.plus(1)) {
          days.add(d);
          if (d == to) {
            break;
          }
        }
      } else {
        throw new IllegalArgumentException("\"" + part + "\" is not a day or a range like SUN-THU");
      }
    }
    return List.copyOf(Set.copyOf(days));
  }

  private static DayOfWeek day(String text) {
    String key = text.trim().toUpperCase(Locale.ROOT);
    String abbreviation = key.length() >= 3 ? key.substring(0, 3) : key;
    int index = DAY_NAMES.indexOf(abbreviation);
    if (index < 0) {
      throw new IllegalArgumentException(
          "\"" + text.trim() + "\" is not a day of the week (MON, TUE, ... SUN)");
    }
    return DayOfWeek.of(index + 1);
  }

  private static String country(String text) {
    if (text.trim().equals("*")) {
      return "*";
    }
    return Countries.alpha3(text)
        .orElseThrow(() -> new IllegalArgumentException("Unknown country \"" + text + "\""));
  }

  private static boolean same(String a, String b) {
    return a.trim().equalsIgnoreCase(b.trim());
  }
}
