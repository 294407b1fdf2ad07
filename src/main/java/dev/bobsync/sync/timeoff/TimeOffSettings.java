package dev.bobsync.sync.timeoff;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The time-off sync's settings of one integration, kept in its settings document under {@code
 * "timeoff"}. Missing parts take the defaults.
 *
 * @param lookBack how far back time off is booked: {@code year} (from 1 January of the current
 *     year, the default), {@code today} (future time off only) or a date {@code YYYY-MM-DD}
 * @param policyTypes HiBob policy type name to Remote {@code timeoff_type}, matched ignoring case
 * @param workWeeks work days by alpha-3 country, {@code "*"} for any other country
 * @param timezones IANA time zone by alpha-3 country, for Remote's {@code timezone}
 */
public record TimeOffSettings(
    String lookBack,
    Map<String, String> policyTypes,
    Map<String, List<DayOfWeek>> workWeeks,
    Map<String, String> timezones) {

  public static final String SECTION = "timeoff";
  public static final String YEAR = "year";
  public static final String TODAY = "today";

  /** Remote's time-off types. */
  public static final List<String> REMOTE_TYPES =
      List.of(
          "paid_time_off",
          "sick_leave",
          "public_holiday",
          "unpaid_leave",
          "extended_leave",
          "in_lieu_time",
          "maternity_leave",
          "paternity_leave",
          "parental_leave",
          "bereavement",
          "military_leave",
          "other");

  public TimeOffSettings {
    lookBack = lookBack == null || lookBack.isBlank() ? YEAR : lookBack.trim();
    checkLookBack(lookBack);
    policyTypes = Map.copyOf(policyTypes == null ? TimeOffDefaults.policyTypes() : policyTypes);
    Map<String, List<DayOfWeek>> weeks = new LinkedHashMap<>();
    (workWeeks == null ? TimeOffDefaults.workWeeks() : workWeeks)
        .forEach((country, days) -> weeks.put(country, sorted(days)));
    weeks.putIfAbsent("*", TimeOffDefaults.MONDAY_TO_FRIDAY);
    workWeeks = Map.copyOf(weeks);
    timezones = Map.copyOf(timezones == null ? TimeOffDefaults.timezones() : timezones);
  }

  public static TimeOffSettings defaults() {
    return new TimeOffSettings(YEAR, null, null, null);
  }

  /** The first day whose time off is booked, for {@code today}. */
  public LocalDate lookBackFrom(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return switch (lookBack) {
      case YEAR -> today.withDayOfYear(1);
      case TODAY -> today;
      default -> LocalDate.parse(lookBack);
    };
  }

  /** The Remote type for a HiBob policy type, if the settings map it. */
  public Optional<String> remoteType(String policyType) {
    if (policyType == null) {
      return Optional.empty();
    }
    String key = policyType.trim().toLowerCase(Locale.ROOT);
    return policyTypes.entrySet().stream()
        .filter(e -> e.getKey().trim().toLowerCase(Locale.ROOT).equals(key))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The work days of a country (alpha-3), or of {@code "*"}. */
  public Set<DayOfWeek> workWeek(String countryCode) {
    List<DayOfWeek> days =
        countryCode == null ? null : workWeeks.get(countryCode.toUpperCase(Locale.ROOT));
    return EnumSet.copyOf(days == null || days.isEmpty() ? workWeeks.get("*") : days);
  }

  /** The IANA time zone of a country (alpha-3), else {@value TimeOffDefaults#FALLBACK_TIMEZONE}. */
  public String timezone(String countryCode) {
    String zone = countryCode == null ? null : timezones.get(countryCode.toUpperCase(Locale.ROOT));
    return zone == null ? TimeOffDefaults.FALLBACK_TIMEZONE : zone;
  }

  public TimeOffSettings withLookBack(String value) {
    return new TimeOffSettings(value, policyTypes, workWeeks, timezones);
  }

  public TimeOffSettings withPolicyTypes(Map<String, String> value) {
    return new TimeOffSettings(lookBack, value, workWeeks, timezones);
  }

  public TimeOffSettings withWorkWeeks(Map<String, List<DayOfWeek>> value) {
    return new TimeOffSettings(lookBack, policyTypes, value, timezones);
  }

  public TimeOffSettings withTimezones(Map<String, String> value) {
    return new TimeOffSettings(lookBack, policyTypes, workWeeks, value);
  }

  /** Whether {@code zone} is an IANA time zone Java knows. */
  static boolean isZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void checkLookBack(String value) {
    if (value.equals(YEAR) || value.equals(TODAY)) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "the time-off look-back is \"year\", \"today\" or a date YYYY-MM-DD, not \""
              + value
              + "\"");
    }
  }

  private static List<DayOfWeek> sorted(List<DayOfWeek> days) {
    return days == null || days.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(days));
  }
}
