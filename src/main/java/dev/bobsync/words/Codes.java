package dev.bobsync.words;

import java.util.Locale;
import java.util.Map;

/** The readable fallback for a code no table knows yet, and the small helpers the tables share. */
public final class Codes {
  private Codes() {}

  /** "SOME_NEW_CODE" or "some_new_code" -> "Some new code"; null or blank -> "". */
  public static String readable(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = code.trim().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
    return capitalized(words);
  }

  /** The text with its first letter upper case. */
  public static String capitalized(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The text with its first letter lower case, unless the first word is a name ("HiBob", "EOR").
   */
  public static String decapitalized(String text) {
    if (text == null || text.length() < 2 || isName(text.split(" ", 2)[0])) {
      return text == null ? "" : text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** A word with a capital after its first letter ("HiBob", "EOR") is a name. */
  private static boolean isName(String word) {
    return word.chars().skip(1).anyMatch(Character::isUpperCase);
  }

  /** The words a table holds for a code, looked up case-blind, else {@link #readable}. */
  static String lookUp(Map<String, String> table, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = table.get(normalized(code));
    return words != null ? words : readable(code);
  }

  /** The key a table uses: lower case, trimmed. */
  static String normalized(String code) {
    return code.trim().toLowerCase(Locale.ROOT);
  }
}
