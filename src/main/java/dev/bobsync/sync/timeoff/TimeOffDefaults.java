package dev.bobsync.sync.timeoff;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-off settings an integration starts with. Admins change them per integration; these are
 * only where they start.
 */
final class TimeOffDefaults {
  /** Monday to Friday, the work week of countries not listed otherwise. */
  static final List<DayOfWeek> MONDAY_TO_FRIDAY =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  /** Sunday to Thursday: countries whose weekend is Friday and Saturday. */
  static final List<DayOfWeek> SUNDAY_TO_THURSDAY =
      List.of(
          DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY);

  /** Countries (alpha-3) that work Sunday to Thursday. */
  static final List<String> SUNDAY_TO_THURSDAY_COUNTRIES =
      List.of("BGD", "BHR", "DZA", "EGY", "IRQ", "ISR", "JOR", "KWT", "OMN", "QAT", "SAU");

  /** When a country has no time zone in the settings. */
  static final String FALLBACK_TIMEZONE = "Etc/UTC";

  private TimeOffDefaults() {}

  /** HiBob policy type to Remote {@code timeoff_type}. */
  static Map<String, String> policyTypes() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String paid : List.of("Holiday", "Vacation", "Annual leave")) {
      map.put(paid, "paid_time_off");
    }
    map.put("Sick", "sick_leave");
    map.put("Sick leave", "sick_leave");
    map.put("Parental", "parental_leave");
    map.put("Parental leave", "parental_leave");
    map.put("Bereavement", "bereavement");
    map.put("Bereavement leave", "bereavement");
    map.put("Unpaid", "unpaid_leave");
    map.put("Unpaid leave", "unpaid_leave");
    return map;
  }

  /** {@code "*"} for every country, then the exceptions. */
  static Map<String, List<DayOfWeek>> workWeeks() {
    Map<String, List<DayOfWeek>> map = new LinkedHashMap<>();
    map.put("*", MONDAY_TO_FRIDAY);
    SUNDAY_TO_THURSDAY_COUNTRIES.forEach(c -> map.put(c, SUNDAY_TO_THURSDAY));
    return map;
  }

  /** One IANA time zone per country: the capital's, or the main business centre's. */
  static Map<String, String> timezones() {
    String[] pairs = {
      "ARE", "Asia/Dubai", "ARG", "America/Argentina/Buenos_Aires", "AUS", "Australia/Sydney",
      "AUT", "Europe/Vienna", "BEL", "Europe/Brussels", "BGD", "Asia/Dhaka",
      "BHR", "Asia/Bahrain", "BRA", "America/Sao_Paulo", "CAN", "America/Toronto",
      "CHE", "Europe/Zurich", "CHL", "America/Santiago", "CHN", "Asia/Shanghai",
      "COL", "America/Bogota", "CZE", "Europe/Prague", "DEU", "Europe/Berlin",
      "DNK", "Europe/Copenhagen", "DZA", "Africa/Algiers", "EGY", "Africa/Cairo",
      "ESP", "Europe/Madrid", "FIN", "Europe/Helsinki", "FRA", "Europe/Paris",
      "GBR", "Europe/London", "GRC", "Europe/Athens", "HUN", "Europe/Budapest",
      "IND", "Asia/Kolkata", "IRL", "Europe/Dublin", "IRQ", "Asia/Baghdad",
      "ISR", "Asia/Jerusalem", "ITA", "Europe/Rome", "JOR", "Asia/Amman",
      "JPN", "Asia/Tokyo", "KEN", "Africa/Nairobi", "KOR", "Asia/Seoul",
      "KWT", "Asia/Kuwait", "MEX", "America/Mexico_City", "NGA", "Africa/Lagos",
      "NLD", "Europe/Amsterdam", "NOR", "Europe/Oslo", "NZL", "Pacific/Auckland",
      "OMN", "Asia/Muscat", "PER", "America/Lima", "PHL", "Asia/Manila",
      "POL", "Europe/Warsaw", "PRT", "Europe/Lisbon", "QAT", "Asia/Qatar",
      "ROU", "Europe/Bucharest", "SAU", "Asia/Riyadh", "SGP", "Asia/Singapore",
      "SWE", "Europe/Stockholm", "TUR", "Europe/Istanbul", "UKR", "Europe/Kiev",
      "USA", "America/New_York", "ZAF", "Africa/Johannesburg"
    };
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
