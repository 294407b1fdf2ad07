package dev.bobsync.alerts;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * An SMTP server to send alerts through. {@link #toString()} masks the password.
 *
 * @param security {@code starttls}, {@code ssl} or {@code none}
 * @param timeout for connecting and for each answer of the server
 */
public record SmtpServer(
    String host,
    int port,
    String user,
    String password,
    String security,
    String from,
    Duration timeout) {
  /** How long bobsync waits for an SMTP server unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public SmtpServer {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The service-wide server from {@code BOBSYNC_SMTP_HOST}, {@code _PORT} (587), {@code _USER},
   * {@code _PASSWORD}, {@code _SECURITY} (starttls), {@code _FROM} and {@code _TIMEOUT_SECONDS}
   * (10); none without a host.
   */
  public static SmtpServer fromEnvironment(Map<String, String> env) {
    String host = blankToNull(env.get("BOBSYNC_SMTP_HOST"));
    if (host == null) {
      return null;
    }
    String user = blankToNull(env.get("BOBSYNC_SMTP_USER"));
    String from = blankToNull(env.get("BOBSYNC_SMTP_FROM"));
    return new SmtpServer(
        host,
        number(env, "BOBSYNC_SMTP_PORT", 587),
        user,
        blankToNull(env.get("BOBSYNC_SMTP_PASSWORD")),
        new AlertSettings(
                null, false, null, 0, null, env.get("BOBSYNC_SMTP_SECURITY"), null, false, false, 0)
            .smtpSecurity(),
        from != null ? from : user != null && user.contains("@") ? user : "bobsync@" + host,
        Duration.ofSeconds(number(env, "BOBSYNC_SMTP_TIMEOUT_SECONDS", 10)));
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = blankToNull(env.get(name));
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Override
  public String toString() {
    return "SmtpServer["
        + host
        + ":"
        + port
        + ", user="
        + user
        + ", password="
        + (password == null ? "(none)" : "[masked]")
        + ", "
        + security
        + ", from="
        + from
        + "]";
  }
}
