package dev.bobsync.words;

import java.util.Map;

/**
 * The fields bobsync writes, as HR calls them, from the keys the sync, the audit log and the JSON
 * outputs use ({@code job_title}, {@code JOB_TITLE}, {@code timeoff}, ...).
 */
public final class FieldNames {
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("personal_email", "personal e-mail"),
          Map.entry("work_email", "work e-mail"),
          Map.entry("job_title", "job title"),
          Map.entry("start_date", "start date"),
          Map.entry("address", "address"),
          Map.entry("manager", "manager"),
          Map.entry("manager_id", "manager"),
          Map.entry("department_id", "department"),
          Map.entry("department", "department"),
          Map.entry("emergency_contact", "emergency contact"),
          Map.entry("ssn", "SSN"),
          Map.entry("salary", "salary"),
          Map.entry("timeoff", "time off"),
          Map.entry("time_off", "time off"));

  private FieldNames() {}

  /** "job title"; an unknown key reads as its own words in lower case, never fails. */
  public static String of(String key) {
    if (key == null || key.isBlank()) {
      return "";
    }
    String words = NAMES.get(Codes.normalized(key));
    if (words != null) {
      return words;
    }
    // a HiBob field name such as "Sync to Remote" is already words
    return key.contains("_") ? Codes.readable(key).toLowerCase(java.util.Locale.ROOT) : key;
  }

  /** Whether the key names a salary, whose values are money in minor units. */
  public static boolean isMoney(String key) {
    return key != null && Codes.normalized(key).equals("salary");
  }

  /** Whether the key has words of its own (not the fallback). */
  public static boolean knows(String key) {
    return key != null && NAMES.containsKey(Codes.normalized(key));
  }
}
