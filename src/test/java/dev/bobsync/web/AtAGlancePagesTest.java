package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.Service;
import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.Passwords;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages an HR admin reads at a glance: the finished sync says what changed with links to those
 * people, the Overview draws the status counts, the Compensation tab edits its profile and offers
 * no download where nothing can be exported.
 */
class AtAGlancePagesTest {
  static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  Browser browser;

  @BeforeEach
  void start() {
    h = SyncHarness.realTime(dir);
    service =
        Service.start(
            h.app,
            new Service.Options(
                0,
                "test",
                false,
                4,
                java.time.Duration.ofMillis(200),
                java.time.Duration.ofSeconds(1)));
    browser = new Browser(service.url());
    Workspace ws = h.store.workspaces().defaultWorkspace();
    h.store.users().create(ws.id(), "admin@acme.example", "Ada", new Passwords(4).hash(PASSWORD));
  }

  @AfterEach
  void stop() {
    service.close();
    h.close();
  }

  private String addIntegration() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    browser.get("/integrations/new");
    Map<String, String> form = new HashMap<>();
    form.put("name", "acme");
    form.put("hibobUrl", h.hibob.baseUrl());
    form.put("hibobUser", "SERVICE-1");
    form.put("hibobToken", "hibob-secret-token");
    form.put("remoteUrl", h.remote.baseUrl());
    form.put("remoteToken", "ra_test_acme");
    form.put("interval", "60");
    HttpResponse<String> saved = browser.post("/integrations", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    return location.substring("/integrations/".length(), location.indexOf('?'));
  }

  private void syncNow(String id) throws Exception {
    assertThat(browser.post("/integrations/" + id + "/sync", Map.of()).statusCode()).isEqualTo(302);
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      var runs = h.store.runs().recent(id, 5);
      if (runs.stream().anyMatch(r -> r.kind().equals("remote") && !r.running())
          && !service.syncs().running(id)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no sync finished within 30 s");
  }

  @Test
  void R11_theFinishedSyncSaysWhatChangedAndEachCountListsThosePeople() throws Exception {
    String id = addIntegration();
    syncNow(id);
    String overview = browser.get("/integrations/" + id).body();
    Matcher created =
        Pattern.compile(
                "<a href=\"(/integrations/[^\"]+change=created[^\"]+)\">(\\d+) created in Remote</a>")
            .matcher(overview);
    assertThat(created.find()).as(overview).isTrue();
    assertThat(overview)
        .contains("updated in Remote")
        .contains("waiting")
        .contains("failed")
        .contains("<svg class=\"stacked\"")
        .contains("class=\"legend\"");
    int count = Integer.parseInt(created.group(2));
    String people = browser.get(created.group(1).replace("&amp;", "&")).body();
    assertThat(people).contains(count + " people created in Remote by the last employee sync");
    assertThat(Pattern.compile("<tr class=\"status-synced\">").matcher(people).results().count())
        .isEqualTo(count);
    // a run id that is not this integration's lists everyone
    assertThat(browser.get("/integrations/" + id + "/people?change=created&run=nope").body())
        .doesNotContain("created in Remote by the last employee sync");
  }

  @Test
  void V3_theProfileIsEditedOnTheCompensationTabAndABadFieldIsRefusedKeepingWhatWasTyped()
      throws Exception {
    String id = addIntegration();
    String page = browser.get("/integrations/" + id + "/compensation").body();
    assertThat(page).contains("What the export holds").contains("Save profile");
    HttpResponse<String> refused =
        browser.postPairs(
            "/integrations/" + id + "/compensation/profile",
            List.of(
                Map.entry("gender", "on"),
                Map.entry("dateOfBirth", "on"),
                Map.entry("genderField", "Pronouns of the moon"),
                Map.entry("addField", "")));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Not saved. Gender field: HiBob has no field \"Pronouns of the moon\".")
        .contains("value=\"Pronouns of the moon\"");
    assertThat(h.app.compensation().settings().read(h.store.integrations().byId(id).orElseThrow()))
        .isEqualTo(CompensationProfile.defaults());

    HttpResponse<String> saved =
        browser.postPairs(
            "/integrations/" + id + "/compensation/profile",
            List.of(
                Map.entry("gender", "on"),
                Map.entry("salaryHistory", "on"),
                Map.entry("genderField", "home.legalGender")));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location"))
        .hasValue("/integrations/" + id + "/compensation?done=profile");
    CompensationProfile profile =
        h.app.compensation().settings().read(h.store.integrations().byId(id).orElseThrow());
    assertThat(profile.equity()).isFalse();
    assertThat(profile.dateOfBirth()).isFalse();
    assertThat(profile.gender()).isTrue();
    assertThat(profile.salaryHistory()).isTrue();
    assertThat(browser.get("/integrations/" + id + "/compensation?done=profile").body())
        .contains("Profile saved.");
  }

  @Test
  void V4_noDownloadWhereNothingCanBeExportedButWhatToFix() throws Exception {
    String id = addIntegration();
    ServiceUser user = h.hibob.serviceUser();
    h.hibob
        .company()
        .putServiceUser(new ServiceUser(user.id(), "a-new-token", user.permissionGroup()));
    String page = browser.get("/integrations/" + id + "/compensation").body();
    assertThat(page)
        .contains("Nothing can be exported: HiBob could not be read.")
        .contains("HiBob refused the service user id or token (401)")
        .doesNotContain(">Download<")
        .doesNotContain("The service user sees 0 people");
  }
}
