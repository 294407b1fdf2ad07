package dev.bobsync.remote;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as both vendors compare them: trimmed and lower-cased. */
public final class Emails {
  private static final Pattern PLAUSIBLE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

  private Emails() {}

  public static String normalize(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the address has the shape {@code local@domain.tld} with no spaces. */
  public static boolean isValid(String email) {
    return email != null && PLAUSIBLE.matcher(email.trim()).matches();
  }
}
