package dev.bobsync.words;

import java.util.Map;

/** What an audit entry's action did, in words: "written to Remote", not "update_employment". */
public final class AuditActions {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("create_employment", "created in Remote"),
          Map.entry("update_employment", "written to Remote"),
          Map.entry("link_employment", "linked to their Remote profile"),
          Map.entry(
              "link_and_update_employment", "linked to their Remote profile and written to it"),
          Map.entry("create_department", "created in Remote"),
          Map.entry("create_timeoff", "booked in Remote"),
          Map.entry("cancel_timeoff", "cancelled in Remote"),
          Map.entry("create_field", "created in HiBob"),
          Map.entry("add_list_item", "added in HiBob"));

  private AuditActions() {}

  /** "written to Remote"; an action no table knows reads as "its words in Remote". */
  public static String of(String action, String target) {
    if (action == null || action.isBlank()) {
      return "written to " + target(target);
    }
    String words = WORDS.get(Codes.normalized(action));
    if (words != null) {
      return words;
    }
    String fallback = Codes.readable(action).toLowerCase(java.util.Locale.ROOT);
    return target == null || target.isBlank() ? fallback : fallback + " in " + target(target);
  }

  /** Who wrote: "bobsync (schedule)" reads "bobsync (Automatic)"; a person's e-mail stays. */
  public static String actor(String actor) {
    if (actor == null) {
      return "";
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^bobsync \\((.+)\\)$").matcher(actor);
    return m.matches() ? "bobsync (" + Statuses.trigger(m.group(1)) + ")" : actor;
  }

  /** "Remote", "HiBob". */
  public static String target(String target) {
    if (target == null) {
      return "";
    }
    return switch (Codes.normalized(target)) {
      case "remote" -> "Remote";
      case "hibob" -> "HiBob";
      default -> target;
    };
  }

  /** Whether the action has words of its own (not the fallback). */
  public static boolean knows(String action) {
    return action != null && WORDS.containsKey(Codes.normalized(action));
  }
}
