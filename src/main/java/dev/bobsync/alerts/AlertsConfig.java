package dev.bobsync.alerts;

import java.time.Duration;
import java.util.Map;

/**
 * The service-wide side of alerts, set by the operator: an SMTP server every integration may use,
 * the service's public address for links, and how long to wait for a mail server or webhook.
 *
 * @param serviceSmtp from {@code BOBSYNC_SMTP_*}, or {@code null}
 * @param publicUrl from {@code BOBSYNC_PUBLIC_URL}, or {@code null}
 * @param firstBackoff the pause before the first retry; each further pause is four times longer
 */
public record AlertsConfig(
    SmtpServer serviceSmtp, String publicUrl, Duration timeout, Duration firstBackoff) {
  public static AlertsConfig defaults() {
    return new AlertsConfig(null, null, SmtpServer.DEFAULT_TIMEOUT, Duration.ofSeconds(2));
  }

  public static AlertsConfig fromEnvironment(Map<String, String> env) {
    SmtpServer smtp = SmtpServer.fromEnvironment(env);
    return new AlertsConfig(
        smtp,
        SmtpServer.blankToNull(env.get("BOBSYNC_PUBLIC_URL")),
        smtp == null ? SmtpServer.DEFAULT_TIMEOUT : smtp.timeout(),
        Duration.ofSeconds(2));
  }
}
