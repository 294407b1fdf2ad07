package dev.bobsync.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.AlertStore;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.RunListener;
import dev.bobsync.sync.SyncOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An integration's alerts: after each run, at most one message (or, in daily mode, one digest a
 * day) to its e-mail recipients and its chat webhook, saying what is newly wrong; and a test
 * message on request. Sending never fails or delays a sync beyond its retries.
 */
public final class Alerts implements RunListener {
  /** What the daily digest and the test say about where an alert went. */
  public record Sent(String kind, String target, boolean ok, String reason) {}

  private final Store store;
  private final Clock clock;
  private final HttpClient http;
  private final SmtpServer serviceSmtp;
  private final String publicUrl;
  private final Duration timeout;
  private final Deliveries deliveries;
  private final ObjectMapper json = Json.newMapper();

  public Alerts(Store store, Clock clock, AlertsConfig config, Sleeper sleeper) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(config, "config");
    this.timeout = config.timeout();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.serviceSmtp = config.serviceSmtp();
    this.publicUrl = config.publicUrl() == null ? null : config.publicUrl().replaceAll("/+$", "");
    this.deliveries = new Deliveries(store, sleeper, config.firstBackoff());
  }

  /** The service-wide SMTP server, when the operator set one. */
  public Optional<SmtpServer> serviceSmtp() {
    return Optional.ofNullable(serviceSmtp);
  }

  public AlertSettings settings(Integration integration) {
    return store
        .alerts()
        .settings(integration.id())
        .map(s -> read(s.settingsJson()))
        .orElse(AlertSettings.defaults());
  }

  public Optional<AlertStore.Stored> stored(Integration integration) {
    return store.alerts().settings(integration.id());
  }

  /**
   * Saves the settings; a {@code null} secret keeps the stored one, a blank one removes it. A
   * webhook URL that is not an http(s) address is refused.
   */
  public void save(
      Integration integration, AlertSettings settings, String smtpPassword, String webhookUrl) {
    if (webhookUrl != null && !webhookUrl.isBlank()) {
      WebhookChannel.parse(webhookUrl);
    }
    try {
      store.alerts().saveSettings(integration.id(), json.writeValueAsString(settings));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (smtpPassword != null) {
      store.alerts().setSmtpPassword(integration.id(), smtpPassword);
    }
    if (webhookUrl != null) {
      store.alerts().setSlackUrl(integration.id(), webhookUrl);
    }
  }

  @Override
  public void afterRun(Integration integration, SyncOptions options, IntegrationSync.Report r) {
    AlertSettings settings = settings(integration);
    Map<String, String> reported = store.alerts().reported(integration.id());
    AlertComposer.Composed composed =
        AlertComposer.compose(
            integration.name(), options.targeted(), r, reported, link(integration));
    Map<String, String> changed = new HashMap<>(composed.nowTrue());
    changed.entrySet().removeIf(e -> e.getValue().equals(reported.get(e.getKey())));
    store.alerts().updateReported(integration.id(), changed, composed.cleared());
    String runId =
        r.people() != null ? r.people().runId() : r.timeOff() != null ? r.timeOff().runId() : null;
    if (composed.alert() != null) {
      Alert alert = scrub(integration, composed.alert());
      if (settings.daily()) {
        store.alerts().hold(integration.id(), alert.subject(), alert.body());
      } else {
        send(integration, settings, runId, "run", alert);
      }
    }
    sendDigestIfDue(integration, settings, runId);
  }

  /** Sends the day's digest when daily mode is on, the hour has come and none went out today. */
  public List<Sent> sendDigestIfDue(Integration integration, AlertSettings settings, String runId) {
    if (!settings.daily()) {
      return List.of();
    }
    Instant now = clock.instant();
    Instant due =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .atTime(settings.digestHour(), 0)
            .toInstant(ZoneOffset.UTC);
    Optional<AlertStore.Stored> stored = store.alerts().settings(integration.id());
    Instant last = stored.map(AlertStore.Stored::lastDigestAt).orElse(null);
    List<AlertStore.Held> held = store.alerts().held(integration.id());
    if (now.isBefore(due) || (last != null && !last.isBefore(due)) || held.isEmpty()) {
      return List.of();
    }
    StringBuilder body = new StringBuilder();
    for (AlertStore.Held h : held) {
      body.append("== ")
          .append(h.at().toString(), 0, 16)
          .append(" UTC: ")
          .append(h.subject())
          .append(" ==\n")
          .append(h.body())
          .append('\n');
    }
    Alert digest =
        new Alert(
            "bobsync \""
                + integration.name()
                + "\": daily digest, "
                + held.size()
                + (held.size() == 1 ? " alert" : " alerts"),
            body.toString());
    List<Sent> sent = send(integration, settings, runId, "digest", digest);
    if (sent.stream().anyMatch(Sent::ok)) {
      store.alerts().digestSent(integration.id(), held.get(held.size() - 1).id(), now);
    }
    return sent;
  }

  /** Sends a test message to every channel set up, for the "Send a test" button. */
  public List<Sent> sendTest(Integration integration) {
    AlertSettings settings = settings(integration);
    Alert alert =
        new Alert(
            "bobsync \"" + integration.name() + "\": test alert",
            "This is a test of the alerts of the HiBob -> Remote integration \""
                + integration.name()
                + "\".\nAlerts come "
                + (settings.daily()
                    ? "once a day, from " + settings.digestHour() + ":00 UTC, as a digest"
                    : "after a run that has news")
                + ": a failed sync, people newly failing or waiting for an admin, a missing"
                + " HiBob permission.\n"
                + (link(integration) == null ? "" : "\n" + link(integration) + "\n"));
    return send(integration, settings, null, "test", alert);
  }

  private List<Sent> send(
      Integration integration, AlertSettings settings, String runId, String purpose, Alert alert) {
    List<Sent> results = new ArrayList<>();
    List<AlertChannel> channels = new ArrayList<>();
    if (settings.email()) {
      SmtpServer server = smtp(integration, settings);
      if (server == null) {
        results.add(
            new Sent(
                "email",
                String.join(", ", settings.recipients()),
                false,
                "no SMTP server: enter one here, or the operator sets BOBSYNC_SMTP_HOST"));
      } else {
        channels.add(new MailChannel(server, settings.recipients()));
      }
    }
    if (settings.slack()) {
      Optional<String> url = store.alerts().slackUrl(integration.id());
      if (url.isEmpty()) {
        results.add(new Sent("webhook", "(none)", false, "no webhook URL is set"));
      } else {
        channels.add(new WebhookChannel(WebhookChannel.parse(url.get()), http, timeout, json));
      }
    }
    deliveries
        .send(integration.id(), integration.name(), runId, purpose, alert, channels)
        .forEach(d -> results.add(new Sent(d.kind(), d.target(), d.sent(), d.reason())));
    return results;
  }

  private SmtpServer smtp(Integration integration, AlertSettings s) {
    if (!s.ownSmtp()) {
      return serviceSmtp;
    }
    if (s.smtpHost() == null || s.smtpHost().isBlank()) {
      return null;
    }
    String from =
        s.smtpFrom() != null && !s.smtpFrom().isBlank()
            ? s.smtpFrom()
            : s.smtpUser() != null && s.smtpUser().contains("@")
                ? s.smtpUser()
                : "bobsync@" + s.smtpHost();
    return new SmtpServer(
        s.smtpHost().trim(),
        s.smtpPort() == 0 ? 587 : s.smtpPort(),
        s.smtpUser() == null || s.smtpUser().isBlank() ? null : s.smtpUser().trim(),
        store.alerts().smtpPassword(integration.id()).orElse(null),
        s.smtpSecurity(),
        from,
        timeout);
  }

  private String link(Integration integration) {
    return publicUrl == null ? null : publicUrl + "/integrations/" + integration.id() + "/people";
  }

  /** Takes out any secret of the integration, should one have reached a message's words. */
  private Alert scrub(Integration integration, Alert alert) {
    List<String> secrets = new ArrayList<>();
    try {
      Credentials c = store.integrations().credentials(integration.id());
      secrets.add(c.hibobToken());
      secrets.add(c.remoteToken());
    } catch (RuntimeException e) {
      // a removed integration has no credentials left to leak
    }
    store.alerts().smtpPassword(integration.id()).ifPresent(secrets::add);
    store.alerts().slackUrl(integration.id()).ifPresent(secrets::add);
    String subject = alert.subject();
    String body = alert.body();
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        subject = subject.replace(s, "[masked]");
        body = body.replace(s, "[masked]");
      }
    }
    return new Alert(subject, body);
  }

  private AlertSettings read(String settingsJson) {
    try {
      return json.readValue(settingsJson, AlertSettings.class);
    } catch (JsonProcessingException e) {
      return AlertSettings.defaults();
    }
  }
}
