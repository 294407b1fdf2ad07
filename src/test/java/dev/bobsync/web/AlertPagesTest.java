package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.app.Service;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.sync.status.StatusSettingsStore;
import dev.bobsync.web.auth.Passwords;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings tab's alerts panel over HTTP: saving, "Send a test", the "Remote status" switch. */
class AlertPagesTest {
  static final String PASSWORD = "correct horse battery";
  static final String SMTP_PASSWORD = "smtp-pass-123";

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  Browser browser;
  GreenMail smtp;
  HttpServer hook;
  final List<String> posts = new CopyOnWriteArrayList<>();
  Integration acme;

  @BeforeEach
  void start() throws Exception {
    h = SyncHarness.realTime(dir);
    service =
        Service.start(
            h.app,
            new Service.Options(
                0, "test", false, 4, Duration.ofMillis(200), Duration.ofSeconds(1)));
    browser = new Browser(service.url());
    Workspace ws = h.store.workspaces().defaultWorkspace();
    h.store.users().create(ws.id(), "admin@acme.example", "Ada", new Passwords(4).hash(PASSWORD));
    acme = h.addAcme();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    smtp.setUser("bobsync@acme.example", "bobsync", SMTP_PASSWORD);
    hook = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    hook.createContext(
        "/services/T1/B2/secret-part",
        ex -> {
          posts.add(new String(ex.getRequestBody().readAllBytes()));
          ex.sendResponseHeaders(200, 2);
          ex.getResponseBody().write("ok".getBytes());
          ex.close();
        });
    hook.start();
    browser.logIn("admin@acme.example", PASSWORD);
    browser.get("/"); // the page carries the session's CSRF token
  }

  @AfterEach
  void stop() {
    hook.stop(0);
    smtp.stop();
    service.close();
    h.close();
  }

  String path(String rest) {
    return "/integrations/" + acme.id() + rest;
  }

  Map<String, String> form() {
    Map<String, String> f = new HashMap<>();
    f.put("recipients", "hr@acme.example, IT@acme.example");
    f.put("smtp", "own");
    f.put("smtpHost", "localhost");
    f.put("smtpPort", String.valueOf(smtp.getSmtp().getPort()));
    f.put("smtpSecurity", "none");
    f.put("smtpUser", "bobsync");
    f.put("smtpPassword", SMTP_PASSWORD);
    f.put("smtpFrom", "bobsync@acme.example");
    f.put("slack", "on");
    f.put(
        "webhookUrl",
        "http://localhost:" + hook.getAddress().getPort() + "/services/T1/B2/secret-part");
    f.put("frequency", "immediate");
    f.put("digestHour", "8");
    return f;
  }

  @Test
  void theSettingsTabLoadsTheAlertsPanel_andWithoutJavaScriptItIsAPageOfItsOwn() throws Exception {
    assertThat(browser.get(path("/settings")).body())
        .contains("hx-get=\"/integrations/" + acme.id() + "/alerts\"");

    HttpResponse<String> page = browser.get(path("/alerts"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Alerts · acme")
        .contains("Send a test")
        .contains("Writing the \"Remote status\" field is <strong>off</strong>");
  }

  @Test
  void savingKeepsSecretsOutOfThePage_andSendATestShowsEachChannelsResult() throws Exception {
    HttpResponse<String> saved = browser.postHtmx(path("/alerts"), form());

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body())
        .contains("Alert settings saved.")
        .contains("hr@acme.example, it@acme.example")
        .contains("Password (one is set; enter a new one to replace it)")
        .contains("Webhook URL (one is set; enter a new one to replace it)")
        .doesNotContain(SMTP_PASSWORD)
        .doesNotContain("secret-part")
        .doesNotContain("<html");

    HttpResponse<String> tested = browser.postHtmx(path("/alerts/test"), Map.of());

    assertThat(tested.body())
        .contains("Test sent")
        .contains(
            "E-mail to hr@acme.example, it@acme.example via localhost:"
                + smtp.getSmtp().getPort()
                + ": sent")
        .contains("Webhook to localhost: sent");
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(posts).hasSize(1);
    assertThat(browser.get(path("/audit")).body())
        .contains("alert sent in email")
        .contains("alert sent in webhook");
  }

  @Test
  void aFailedTestShowsItsReasonOnThePage() throws Exception {
    Map<String, String> f = form();
    f.put("smtpPassword", "wrong");
    browser.postHtmx(path("/alerts"), f);

    HttpResponse<String> tested = browser.postHtmx(path("/alerts/test"), Map.of());

    assertThat(tested.body())
        .contains("failed: the SMTP server localhost:" + smtp.getSmtp().getPort())
        .contains("refused the user name or password")
        .doesNotContain("wrong");
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    Map<String, String> badRecipient = form();
    badRecipient.put("recipients", "hr@acme.example, nope");
    HttpResponse<String> r = browser.postHtmx(path("/alerts"), badRecipient);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("Recipients: \"nope\" is not an e-mail address.");

    Map<String, String> badHook = form();
    badHook.put("webhookUrl", "hooks.slack.com/services/x");
    r = browser.postHtmx(path("/alerts"), badHook);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("The webhook URL must be an https:// address");

    Map<String, String> badPort = form();
    badPort.put("smtpPort", "99999");
    r = browser.postHtmx(path("/alerts"), badPort);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("SMTP port");
    assertThat(h.app.alerts().settings(acme).email()).isFalse();
  }

  @Test
  void theRemoteStatusSwitchTurnsTheWriteBackOnAndOff() throws Exception {
    HttpResponse<String> on =
        browser.postHtmx(path("/remote-status"), Map.of("remoteStatus", "on"));

    assertThat(on.body()).contains("Writing the \"Remote status\" field is <strong>on</strong>");
    assertThat(
            new StatusSettingsStore(h.store)
                .read(h.store.integrations().byId(acme.id()).orElseThrow())
                .enabled())
        .isTrue();

    browser.postHtmx(path("/remote-status"), Map.of("remoteStatus", "off"));
    assertThat(
            new StatusSettingsStore(h.store)
                .read(h.store.integrations().byId(acme.id()).orElseThrow())
                .enabled())
        .isFalse();
  }
}
