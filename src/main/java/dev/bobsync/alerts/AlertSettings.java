package dev.bobsync.alerts;

import java.util.List;
import java.util.Locale;

/**
 * Where and how often an integration's alerts go. Holds no secret: the SMTP password and the
 * webhook URL are stored encrypted apart from these.
 *
 * @param recipients e-mail addresses; e-mail is off when empty
 * @param ownSmtp whether to use the SMTP server below instead of the service's (environment)
 * @param smtpSecurity {@code starttls}, {@code ssl} or {@code none}
 * @param slack whether to post to the Slack-compatible webhook (its URL is stored apart)
 * @param daily a daily digest instead of one message per run that has news
 * @param digestHour the hour (UTC, 0-23) from which the day's digest goes out
 */
public record AlertSettings(
    List<String> recipients,
    boolean ownSmtp,
    String smtpHost,
    int smtpPort,
    String smtpUser,
    String smtpSecurity,
    String smtpFrom,
    boolean slack,
    boolean daily,
    int digestHour) {

  public static final List<String> SECURITY = List.of("starttls", "ssl", "none");

  public AlertSettings {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    smtpSecurity = smtpSecurity == null ? "starttls" : smtpSecurity.trim().toLowerCase(Locale.ROOT);
    if (!SECURITY.contains(smtpSecurity)) {
      throw new IllegalArgumentException(
          "SMTP security must be one of " + SECURITY + ", not " + smtpSecurity);
    }
    if (smtpPort < 0 || smtpPort > 65535) {
      throw new IllegalArgumentException("SMTP port must be between 1 and 65535");
    }
    if (digestHour < 0 || digestHour > 23) {
      throw new IllegalArgumentException("the digest hour must be between 0 and 23 (UTC)");
    }
  }

  public static AlertSettings defaults() {
    return new AlertSettings(List.of(), false, null, 587, null, "starttls", null, false, false, 8);
  }

  public boolean email() {
    return !recipients.isEmpty();
  }
}
