package dev.bobsync.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.PermissionGroup;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts after real runs against the emulators, to a real SMTP server (GreenMail) and a local
 * Slack-compatible webhook: what is sent when, at most once per run, never a secret, and never at
 * the cost of a sync.
 */
class AlertsTest {
  static final List<String> SECRETS =
      List.of(
          "hibob-secret-token", "ra_test_acme", "123-45-6789", "95000", "95,000", "smtp-pass-123");

  @TempDir Path dir;
  SyncHarness h;
  GreenMail smtp;
  HttpServer hook;
  volatile int hookStatus = 200;
  final List<String> posts = new CopyOnWriteArrayList<>();
  final List<Duration> slept = new ArrayList<>();
  Alerts alerts;
  IntegrationSync sync;
  Integration acme;

  @BeforeEach
  void start() throws IOException {
    h = new SyncHarness(dir);
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    smtp.setUser("bobsync@acme.example", "bobsync", "smtp-pass-123");
    hook = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    hook.createContext(
        "/services/T1/B2/secret-part",
        ex -> {
          posts.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] answer = (hookStatus == 200 ? "ok" : "server error").getBytes();
          ex.sendResponseHeaders(hookStatus, answer.length);
          ex.getResponseBody().write(answer);
          ex.close();
        });
    hook.start();
    alerts =
        new Alerts(
            h.store,
            h.clock,
            new AlertsConfig(
                null,
                "https://bobsync.acme.example",
                Duration.ofMillis(700),
                Duration.ofSeconds(2)),
            slept::add);
    sync = new IntegrationSync(h.store, h.app.remoteSync(), h.app.timeOffSync(), List.of(alerts));
    acme = h.addAcme();
    configure(false, smtp.getSmtp().getPort(), "smtp-pass-123");
  }

  @AfterEach
  void stop() {
    hook.stop(0);
    smtp.stop();
    h.close();
  }

  void configure(boolean daily, int smtpPort, String password) {
    alerts.save(
        acme,
        new AlertSettings(
            List.of("hr@acme.example"),
            true,
            "localhost",
            smtpPort,
            "bobsync",
            "none",
            "bobsync@acme.example",
            true,
            daily,
            10),
        password,
        hookUrl());
  }

  String hookUrl() {
    return "http://localhost:" + hook.getAddress().getPort() + "/services/T1/B2/secret-part";
  }

  IntegrationSync.Report run() {
    Integration fresh = h.store.integrations().byId(acme.id()).orElseThrow();
    return sync.run(fresh, SyncOptions.of("test"), EnumSet.of(IntegrationSync.Part.PEOPLE));
  }

  List<String> mails() throws Exception {
    List<String> all = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      all.add(m.getSubject() + "\n" + m.getContent());
    }
    return all;
  }

  @Test
  void aRunWithPeopleNewlyWaitingForAnAdminSendsOneMessagePerChannel_theSamePeopleNextRunNone()
      throws Exception {
    SyncReport first = run().people();
    assertThat(first.counts().waiting()).isPositive();

    assertThat(mails()).hasSize(1);
    assertThat(posts).hasSize(1);
    String mail = mails().get(0);
    assertThat(mail)
        .contains("bobsync \"acme\"")
        .contains("Newly waiting for an admin")
        .contains("Pat Past: Waiting: start date not in the future")
        .contains("https://bobsync.acme.example/integrations/" + acme.id() + "/people");
    assertThat(posts.get(0)).startsWith("{\"text\":\"bobsync \\\"acme\\\"");

    run();
    run();
    assertThat(mails()).as("same people, no news").hasSize(1);
    assertThat(posts).hasSize(1);
  }

  @Test
  void C2_aPermissionThatDisappearsIsToldOnceInHibobsWords() throws Exception {
    run();
    assertThat(mails()).hasSize(1);
    h.hibob.company().replacePermissionGroup(integrationsGroupWithout("identification"));

    SyncReport second = run().people();

    assertThat(second.missingPermissions())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("Identification > View selected employees' Identification sections");
    assertThat(mails()).hasSize(2);
    assertThat(mails().get(1))
        .contains("HiBob permission")
        .contains("- Identification > View selected employees' Identification sections");
    run();
    assertThat(mails()).hasSize(2);
  }

  @Test
  void aFailedRunIsToldWithItsReasonOnce_andAgainAfterItRecoveredAndFailedAnew() throws Exception {
    run();
    h.hibob.faults().set(new Faults.Settings(0, 1.0, 503, 0, 0, 0));

    IntegrationSync.Report failed = run();

    assertThat(failed.failed()).isTrue();
    assertThat(mails()).hasSize(2);
    assertThat(mails().get(1)).contains("the sync failed").contains("The sync failed: ");
    run();
    assertThat(mails()).as("the same failure again").hasSize(2);
    h.hibob.faults().set(Faults.Settings.NONE);
    run();
    h.hibob.faults().set(new Faults.Settings(0, 1.0, 503, 0, 0, 0));
    run();
    assertThat(mails()).as("failed anew after a good run").hasSize(3);
  }

  @Test
  void noMessageEverCarriesATokenAnSsnASalaryOrAPassword() throws Exception {
    run();
    h.hibob.company().replacePermissionGroup(integrationsGroupWithout("identification"));
    run();
    h.hibob.faults().set(new Faults.Settings(0, 1.0, 503, 0, 0, 0));
    run();
    alerts.sendTest(h.store.integrations().byId(acme.id()).orElseThrow());

    List<String> everything = new ArrayList<>(mails());
    everything.addAll(posts);
    h.store.audit().list(acme.id(), 200, 0).forEach(e -> everything.add(String.valueOf(e)));
    assertThat(mails()).hasSizeGreaterThanOrEqualTo(4);
    for (String message : everything) {
      for (String secret : SECRETS) {
        assertThat(message).doesNotContain(secret);
      }
      assertThat(message).doesNotContain("secret-part");
    }
  }

  @Test
  void theDailyDigestHoldsAlertsAndSendsOneMessageFromItsHour() throws Exception {
    configure(true, smtp.getSmtp().getPort(), null);
    run(); // 09:00 UTC, before the digest hour (10)
    assertThat(mails()).isEmpty();
    h.hibob.company().replacePermissionGroup(integrationsGroupWithout("identification"));
    run();
    assertThat(mails()).isEmpty();

    h.advance(Duration.ofMinutes(65));
    run();

    assertThat(mails()).hasSize(1);
    assertThat(mails().get(0))
        .contains("daily digest, 2 alerts")
        .contains("Pat Past")
        .contains("Identification > View selected employees' Identification sections");
    assertThat(posts).hasSize(1);
    h.advance(Duration.ofHours(1));
    run();
    assertThat(mails()).as("one digest a day").hasSize(1);
  }

  @Test
  void sendATestReachesEveryChannel_andEverySendIsAudited() throws Exception {
    List<Alerts.Sent> sent = alerts.sendTest(acme);

    assertThat(sent).extracting(Alerts.Sent::kind).containsExactly("email", "webhook");
    assertThat(sent).allMatch(Alerts.Sent::ok);
    assertThat(sent.get(1).target()).isEqualTo("localhost");
    assertThat(mails()).hasSize(1);
    assertThat(mails().get(0)).contains("test alert");
    assertThat(posts).hasSize(1);
    List<AuditEntry> audit = h.store.audit().list(acme.id(), 10, 0);
    assertThat(audit).extracting(AuditEntry::action).containsOnly("alert_sent");
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0).afterJson()).contains("\"outcome\":\"sent\"");
  }

  @Test
  void smtpOnAClosedPortAndAWebhookAnswering500AreRetriedLoggedWithReasonAndNeverFailTheSync()
      throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    configure(false, closed, null);
    hookStatus = 500;

    IntegrationSync.Report report = run();

    assertThat(report.failed()).isFalse();
    assertThat(report.people().counts().created()).isPositive();
    Map<String, String> failures = failures();
    assertThat(failures.get("email")).contains("could not connect to the SMTP server localhost:");
    assertThat(failures.get("webhook")).contains("answered HTTP 500");
    assertThat(attempts()).containsEntry("email", 3).containsEntry("webhook", 3);
    assertThat(slept)
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(8),
            Duration.ofSeconds(2),
            Duration.ofSeconds(8));
  }

  @Test
  void aRefusedSmtpPasswordAndAWebhookAnswering403AreNotRetried() throws Exception {
    configure(false, smtp.getSmtp().getPort(), "not-the-password");
    hookStatus = 403;

    List<Alerts.Sent> sent = alerts.sendTest(acme);

    assertThat(sent).noneMatch(Alerts.Sent::ok);
    assertThat(sent.get(0).reason()).contains("refused the user name or password");
    assertThat(sent.get(1).reason()).contains("answered HTTP 403");
    assertThat(attempts()).containsEntry("email", 1).containsEntry("webhook", 1);
    assertThat(slept).isEmpty();
    assertThat(posts).hasSize(1);
  }

  @Test
  void anSmtpServerThatNeverAnswersTimesOutAndTheSyncStillCompletes() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50)) {
      // accepts into its backlog, never answers
      configure(false, silent.getLocalPort(), null);
      hook.stop(0);

      IntegrationSync.Report report = run();

      assertThat(report.failed()).isFalse();
      assertThat(failures().get("email")).contains("did not answer within 700 ms");
      assertThat(failures().get("webhook")).contains("could not reach the webhook");
    }
    hook = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    hook.start();
  }

  private Map<String, String> failures() {
    Map<String, String> reasons = new HashMap<>();
    for (AuditEntry e : h.store.audit().list(acme.id(), 50, 0)) {
      if (e.action().equals("alert_failed")) {
        reasons.put(e.subject(), e.afterJson());
      }
    }
    return reasons;
  }

  private Map<String, Integer> attempts() {
    Map<String, Integer> attempts = new HashMap<>();
    for (AuditEntry e : h.store.audit().list(acme.id(), 50, 0)) {
      if (e.action().startsWith("alert_")) {
        String json = e.afterJson();
        int at = json.indexOf("\"attempts\":") + 11;
        attempts.put(e.subject(), Integer.parseInt(json.substring(at, json.indexOf(',', at))));
      }
    }
    return attempts;
  }

  private static PermissionGroup integrationsGroupWithout(String section) {
    Set<PermissionGroup.Action> view = Set.of(PermissionGroup.Action.VIEW);
    Map<String, Set<PermissionGroup.Action>> people = new HashMap<>();
    for (String s :
        List.of(
            "root",
            "address",
            "emergency",
            "employment",
            "home",
            "identification",
            "lifecycle",
            "payroll",
            "personalContact",
            "work")) {
      if (!s.equals(section)) {
        people.put(s, view);
      }
    }
    return new PermissionGroup(
        "Integrations",
        people,
        Set.of("manageEmployeeFieldSettings", "editAllLists"),
        PermissionGroup.AccessRights.LIFECYCLE_STATUS_EXISTS);
  }
}
