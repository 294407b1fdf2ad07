package dev.bobsync.web.pages;

import dev.bobsync.alerts.AlertSettings;
import dev.bobsync.alerts.Alerts;
import java.util.List;

/**
 * The Settings tab's alerts panel: where alerts go and how often, whether each secret is set (never
 * the secret), the service-wide SMTP server if the operator set one, the "Remote status" switch,
 * and what the last "Send a test" did.
 *
 * @param serviceSmtp the operator's SMTP server in words, or {@code null} when none is set
 * @param tested the test's outcome per channel, or {@code null} when no test was sent
 */
public record AlertsView(
    String integrationId,
    AlertSettings settings,
    boolean smtpPasswordSet,
    boolean webhookSet,
    String serviceSmtp,
    boolean remoteStatusOn,
    String remoteStatusProblem,
    List<Alerts.Sent> tested,
    String notice,
    String error) {

  public String recipients() {
    return String.join(", ", settings.recipients());
  }

  public String value(String s) {
    return s == null ? "" : s;
  }
}
