package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.app.Service;
import dev.bobsync.emulator.Faults;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
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

/** The admin page and the REST API over HTTP, against both emulators. */
class WebAppTest {
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

  private Map<String, String> addForm() {
    Map<String, String> form = new HashMap<>();
    form.put("name", "acme");
    form.put("hibobUrl", h.hibob.baseUrl());
    form.put("hibobUser", "SERVICE-1");
    form.put("hibobToken", "hibob-secret-token");
    form.put("remoteUrl", h.remote.baseUrl());
    form.put("remoteToken", "ra_test_acme");
    form.put("interval", "60");
    return form;
  }

  private String addIntegration() throws Exception {
    browser.get("/integrations/new");
    HttpResponse<String> saved = browser.post("/integrations", addForm());
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/integrations/");
    return location.substring("/integrations/".length(), location.indexOf('?'));
  }

  private void awaitRun(String integrationId) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      var runs = h.store.runs().recent(integrationId, 1);
      if (!runs.isEmpty() && !runs.get(0).running() && !service.syncs().running(integrationId)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no sync finished within 30 s");
  }

  @Test
  void pagesNeedALoginAndAWrongPasswordIsRefused() throws Exception {
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
    assertThat(browser.get("/").headers().firstValue("Location")).contains("/login");
    HttpResponse<String> wrong = browser.logIn("admin@acme.example", "nope nope nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("not right");
    assertThat(browser.logIn("admin@acme.example", PASSWORD).statusCode()).isEqualTo(302);
    assertThat(browser.get("/").body()).contains("Integrations").contains("No integration yet");
  }

  @Test
  void aLoginFormPostedFromElsewhereIsRefused() throws Exception {
    // no login page fetched in this browser: no login cookie, as with a form on another site
    HttpResponse<String> forged =
        browser.postRaw(
            "/login",
            Map.of("email", "admin@acme.example", "password", PASSWORD, "_csrf", "guessed"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("The login form has expired");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
    // the page it answered with carries a fresh token, so logging in from it works
    assertThat(browser.logIn("admin@acme.example", PASSWORD).statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedFailedLoginsAreThrottled() throws Exception {
    for (int i = 0; i < 5; i++) {
      browser.logIn("admin@acme.example", "wrong password " + i);
    }
    HttpResponse<String> right = browser.logIn("admin@acme.example", PASSWORD);
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.body()).contains("Too many failed attempts");
  }

  @Test
  void everyFormNeedsTheSessionsCsrfToken() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    Map<String, String> form = addForm();
    form.put("_csrf", "forged");
    assertThat(browser.postRaw("/integrations", form).statusCode()).isEqualTo(403);
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id())).isEmpty();
  }

  @Test
  void C1_checkingShowsTheResultInHibobsWordsAndNeverTheTokens() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    browser.get("/integrations/new");
    Map<String, String> form = addForm();
    form.put("hibobUser", "SERVICE-LIMITED");
    form.put("hibobToken", "limited-token");
    HttpResponse<String> check = browser.post("/integrations/check", form);
    assertThat(check.body())
        .contains("some permissions are missing")
        .contains("Address &gt; View selected employees' Address sections")
        .doesNotContain("limited-token")
        .doesNotContain("ra_test_acme");
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id())).isEmpty();
  }

  @Test
  void R12_checkAgainstTheLiveApisShowsTheProbeTable() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    assertThat(browser.get("/integrations/" + id).body()).contains("Check against the live APIs");
    HttpResponse<String> probe = browser.post("/integrations/" + id + "/probe", Map.of());
    assertThat(probe.statusCode()).isEqualTo(200);
    assertThat(probe.body())
        .contains("POST /v1/people/search")
        .contains("GET /v1/employments")
        .contains("fits")
        .doesNotContain("hibob-secret");
  }

  @Test
  void R11_addSyncNowAndSeeEveryPersonsReason() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    assertThat(browser.get("/integrations/" + id + "?done=added").body())
        .contains("Integration saved")
        .contains("Sync now")
        .contains("Connected: everything the sync needs is visible.");
    assertThat(browser.post("/integrations/" + id + "/sync", Map.of()).statusCode()).isEqualTo(302);
    awaitRun(id);
    String overview = browser.get("/integrations/" + id).body();
    assertThat(overview).contains("Last sync succeeded");
    String skipped = browser.get("/integrations/" + id + "/people?status=skipped").body();
    assertThat(skipped)
        .contains("Olga Petrova")
        .contains("archived Remote profile")
        .contains("Archived profile in Remote");
    String search = browser.get("/integrations/" + id + "/people?q=nina").body();
    assertThat(search).contains("Nina Novak").doesNotContain("Olga Petrova");
    // Global Payroll too: Remote's one legal entity in the USA is found, none typed.
    assertThat(browser.get("/integrations/" + id + "/runs").body())
        .contains(">Done<")
        .contains("3 created");
    assertThat(browser.get("/integrations/" + id + "/audit").body())
        .contains("Nina Novak</a> (EOR employee): created in Remote with")
        .doesNotContain("create employment in remote");
    for (String page :
        new String[] {"", "/people", "/timeoff", "/runs", "/audit", "/settings", "/compensation"}) {
      assertThat(browser.get("/integrations/" + id + page).body())
          .doesNotContain("hibob-secret-token")
          .doesNotContain("ra_test_acme")
          .doesNotContain("123-45-6789");
    }
  }

  @Test
  void C5_removingStopsSyncsAndDeletesCredentialsWhileKeepingHistoryIfAsked() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    awaitRun(id);
    String token = createToken(browser);
    browser.get("/integrations/" + id + "/remove");
    HttpResponse<String> removed =
        browser.post(
            "/integrations/" + id + "/remove", Map.of("history", "keep", "confirm", "yes"));
    assertThat(removed.headers().firstValue("Location")).contains("/?done=removed");
    Integration after = h.store.integrations().byId(id).orElseThrow();
    assertThat(after.removed()).isTrue();
    assertThat(browser.get("/integrations/" + id).statusCode()).isEqualTo(404);
    assertThat(browser.get("/integrations/" + id + "/settings").statusCode()).isEqualTo(404);
    assertThat(service.syncs().syncNow(id, "manual")).isFalse();
    // the kept history stays readable, and says the integration is removed
    assertThat(browser.get("/").body()).contains("Removed, history kept").contains(id + "/people");
    for (String page : new String[] {"/people", "/timeoff", "/runs", "/audit"}) {
      HttpResponse<String> history = browser.get("/integrations/" + id + page);
      assertThat(history.statusCode()).as(page).isEqualTo(200);
      assertThat(history.body()).as(page).contains("Removed on").doesNotContain("/settings\"");
    }
    assertThat(browser.get("/integrations/" + id + "/people").body()).contains("Nina Novak");
    assertThat(browser.get("/integrations/" + id + "/runs").body()).contains("succeeded");
    String api = "/api/v1/integrations/" + id;
    assertThat(browser.api("GET", api + "/people", token, null).body()).contains("Nina");
    assertThat(browser.api("GET", api + "/runs", token, null).statusCode()).isEqualTo(200);
    assertThat(browser.api("GET", api + "/audit", token, null).statusCode()).isEqualTo(200);
    assertThat(browser.api("POST", api + "/sync", token, null).statusCode()).isEqualTo(404);
  }

  @Test
  void usersSeeOnlyTheirWorkspacesIntegrations() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    Workspace other = h.store.workspaces().create("globex");
    h.store.users().create(other.id(), "eve@globex.example", null, new Passwords(4).hash(PASSWORD));
    Browser eve = new Browser(service.url());
    eve.logIn("eve@globex.example", PASSWORD);
    assertThat(eve.get("/").body()).doesNotContain("acme");
    assertThat(eve.get("/integrations/" + id).statusCode()).isEqualTo(404);
    assertThat(eve.get("/integrations/" + id + "/people").statusCode()).isEqualTo(404);
    eve.get("/integrations/new");
    assertThat(eve.post("/integrations/" + id + "/sync", Map.of()).statusCode()).isEqualTo(404);
    String eveToken = createToken(eve);
    assertThat(browser.api("GET", "/api/v1/integrations/" + id, eveToken, null).statusCode())
        .isEqualTo(404);
    assertThat(browser.api("GET", "/api/v1/integrations", eveToken, null).body()).isEqualTo("[]");
  }

  @Test
  void theRestApiListsSyncsAndReportsPeopleWithATokenFromThePage() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    String token = createToken(browser);
    assertThat(browser.api("GET", "/api/v1/integrations", null, null).statusCode()).isEqualTo(401);
    assertThat(browser.api("GET", "/api/v1/integrations", "bob_wrong", null).statusCode())
        .isEqualTo(401);
    JsonNode list =
        Json.newMapper().readTree(browser.api("GET", "/api/v1/integrations", token, null).body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("name").asText()).isEqualTo("acme");
    assertThat(list.toString()).doesNotContain("hibob-secret-token").doesNotContain("ra_test_acme");
    assertThat(
            browser.api("POST", "/api/v1/integrations/" + id + "/sync", token, null).statusCode())
        .isIn(202, 409); // 409: the first automatic sync is already running
    awaitRun(id);
    JsonNode people =
        Json.newMapper()
            .readTree(
                browser
                    .api(
                        "GET", "/api/v1/integrations/" + id + "/people?status=waiting", token, null)
                    .body());
    assertThat(people.path("people").get(0).path("reason").asText())
        .isEqualTo("START_DATE_NOT_IN_FUTURE");
    JsonNode runs =
        Json.newMapper()
            .readTree(
                browser.api("GET", "/api/v1/integrations/" + id + "/runs", token, null).body());
    assertThat(runs.get(0).path("state").asText()).isEqualTo("succeeded");
    assertThat(
            browser
                .api("GET", "/api/v1/integrations/" + id + "/people?status=lost", token, null)
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> added =
        browser.api(
            "POST",
            "/api/v1/integrations",
            token,
            "{\"name\":\"bad\",\"hibobUrl\":\""
                + h.hibob.baseUrl()
                + "\",\"hibobUser\":\"SERVICE-1\",\"hibobToken\":\"wrong\","
                + "\"remoteUrl\":\""
                + h.remote.baseUrl()
                + "\",\"remoteToken\":\"ra_test_acme\"}");
    assertThat(added.statusCode()).isEqualTo(422);
    assertThat(added.body()).contains("BAD_CREDENTIALS").doesNotContain("wrong\"");
  }

  @Test
  void V1_theCompensationTabShowsTheFiguresAndDownloadsTheExport() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    String page = browser.get("/integrations/" + id + "/compensation").body();
    assertThat(page)
        .contains("Export for pay benchmarking")
        .contains("sees 11 people, 1 of them leavers")
        .contains("Headcount, joiners and leavers by month")
        .contains("Pay ranges by department")
        .contains("No active person with a base salary bobsync can see yet")
        .contains("The 'Home' permission is missing");
    HttpResponse<String> csv =
        browser.get("/integrations/" + id + "/compensation/export?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("acme-compensation.csv"));
    assertThat(csv.body()).contains("Nina").contains("Leo");
    String token = createToken(browser);
    HttpResponse<String> anonymous =
        browser.api(
            "GET",
            "/api/v1/integrations/" + id + "/compensation?format=json&anonymous=true",
            token,
            null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).doesNotContain("Nina").doesNotContain("nina@").contains("anon-");
    assertThat(
            browser
                .api("GET", "/api/v1/integrations/" + id + "/compensation?format=pdf", token, null)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void R4_theSettingsTabListsRemotesLegalEntitiesAndRefusesAnIdRemoteDoesNotKnow()
      throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    String page = browser.get("/integrations/" + id + "/settings").body();
    assertThat(page).contains("le-usa").contains("the only one there");
    HttpResponse<String> refused =
        browser.post(
            "/integrations/" + id + "/settings",
            Map.of("interval", "60", "legalEntities", "USA=le-nope"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("le-nope").contains("not one of Remote");
    HttpResponse<String> chosen =
        browser.post(
            "/integrations/" + id + "/settings",
            Map.of("interval", "60", "legalEntities", "USA=le-usa"));
    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(browser.get("/integrations/" + id + "/settings").body()).contains("(chosen)");
  }

  @Test
  void R10_settingsKeepWhatWasTypedAfterAnErrorAndSayItWithACapital() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    browser.get("/integrations/" + id + "/settings");
    HttpResponse<String> refused =
        browser.post(
            "/integrations/" + id + "/settings",
            Map.of("interval", "240", "legalEntities", "USA=le-usa\nNarnia=le-x\n"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Unknown country \"Narnia\"")
        .containsPattern("<textarea[^>]*>USA=le-usa\nNarnia=le-x\n</textarea>")
        .containsPattern("<option value=\"240\" selected>");
    // nothing was saved
    String stored = browser.get("/integrations/" + id + "/settings").body();
    assertThat(stored).containsPattern("<option value=\"60\" selected>").doesNotContain("Narnia");
  }

  @Test
  void R10_oneIntervalRangeOnAddSettingsAndTheApi() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    String settings = browser.get("/integrations/" + id + "/settings").body();
    String add = browser.get("/integrations/new").body();
    for (String page : List.of(settings, add)) {
      assertThat(page)
          .contains("from 15 minutes to 24 hours, or off")
          .contains("<option value=\"15\"")
          .contains("<option value=\"1440\"")
          .contains("<option value=\"0\"")
          .doesNotContain("<option value=\"5\"");
    }
    HttpResponse<String> tooOften =
        browser.post(
            "/integrations/" + id + "/settings", Map.of("interval", "5", "legalEntities", ""));
    assertThat(tooOften.statusCode()).isEqualTo(422);
    assertThat(tooOften.body()).contains("The interval must be from 15 minutes to 24 hours");
    assertThat(h.store.integrations().byId(id).orElseThrow().syncInterval())
        .isEqualTo(java.time.Duration.ofHours(1));
    Map<String, String> form = addForm();
    form.put("name", "acme-2");
    form.put("interval", "5");
    HttpResponse<String> added = browser.post("/integrations", form);
    assertThat(added.body()).contains("The interval must be from 15 minutes to 24 hours");
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id()))
        .extracting(Integration::name)
        .doesNotContain("acme-2");
    assertThat(
            browser
                .post(
                    "/integrations/" + id + "/settings",
                    Map.of("interval", "0", "legalEntities", ""))
                .statusCode())
        .isEqualTo(302);
    assertThat(h.store.integrations().byId(id).orElseThrow().syncInterval()).isZero();
  }

  @Test
  void aHibobWebhookSyncsTheChangedPersonWithinSecondsAndABadSignatureIsRefused() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    browser.get("/integrations/" + id + "/settings");
    assertThat(
            browser
                .post(
                    "/integrations/" + id + "/webhook-secret", Map.of("webhookSecret", "whsec-123"))
                .statusCode())
        .isEqualTo(302);
    assertThat(browser.get("/integrations/" + id + "/settings").body())
        .contains("/webhooks/hibob/" + id)
        .contains("one is set")
        .doesNotContain("whsec-123");
    service.syncs().syncNow(id, "manual");
    awaitRun(id);
    String nina = h.store.people().find(id, "101").orElseThrow().remoteId();

    HttpResponse<String> forged =
        browser.api(
            "POST",
            "/webhooks/hibob/" + id,
            null,
            "{\"type\":\"employee.updated\",\"version\":\"v2\",\"data\":{\"employeeId\":\"101\"}}");
    assertThat(forged.statusCode()).isEqualTo(401);

    h.hibob.company().registerWebhook(service.url() + "/webhooks/hibob/" + id, "whsec-123");
    h.hibob
        .company()
        .patchEmployee("101", Json.newMapper().readTree("{\"surname\": \"Novak-Silva\"}"));
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)
        && !h.acme().employment(nina).orElseThrow().fullName().equals("Nina Novak-Silva")) {
      Thread.sleep(100);
    }
    assertThat(h.acme().employment(nina).orElseThrow().fullName()).isEqualTo("Nina Novak-Silva");
  }

  @Test
  void metricsCoverTheJvmTheProcessJettyThePoolAndTheSchedulerFromTheStart() throws Exception {
    String metrics = browser.get("/metrics").body();
    assertThat(metrics)
        .contains("jvm_memory_used_bytes")
        .contains("jvm_threads_live_threads")
        .contains("process_uptime_seconds")
        .contains("process_cpu_usage")
        .contains("jetty_threads_current")
        .contains("hikaricp_connections_active")
        .contains("dbscheduler_task_completions_total")
        .contains("bobsync_integrations 0.0");
  }

  @Test
  void healthAndMetricsAnswerWithoutALogin() throws Exception {
    assertThat(browser.get("/health").body()).contains("\"status\":\"UP\"");
    browser.logIn("admin@acme.example", PASSWORD);
    String id = addIntegration();
    awaitRun(id);
    h.remote.faults().set(new Faults.Settings(0, 0, 503, 1, 0, 0));
    assertThat(service.syncs().syncNow(id, "manual")).isTrue();
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)
        && h.store.runs().recent(id, 5).stream()
            .noneMatch(r -> r.trigger().equals("manual") && !r.running())) {
      Thread.sleep(50);
    }
    awaitRun(id);
    String metrics = browser.get("/metrics").body();
    assertThat(metrics)
        .contains("bobsync_people{integration=\"" + id + "\",name=\"acme\",status=\"synced\"}");
    for (String api : List.of("hibob", "remote")) {
      assertThat(metrics)
          .contains("bobsync_api_calls_total{api=\"" + api + "\",integration=\"" + id + "\"}");
    }
    assertThat(metrics)
        .contains("bobsync_api_rate_limited_total{api=\"remote\",integration=\"" + id + "\"} 1.0");
  }

  private static String createToken(Browser b) throws Exception {
    b.get("/tokens");
    java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
    form.add(Map.entry("name", "ci"));
    for (dev.bobsync.access.Scope s : dev.bobsync.access.Scope.values()) {
      form.add(Map.entry("scope", s.code()));
    }
    String page = b.postPairs("/tokens", form).body();
    Matcher m = Pattern.compile("id=\"new-token\">(bob_[^<]+)<").matcher(page);
    assertThat(m.find()).as("token shown once").isTrue();
    return m.group(1);
  }

  @Test
  void C1_aFailedCheckNamesTheSideThatFailedKeepsWhatWasTypedAndStoresNothing() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    browser.get("/integrations/new");
    Map<String, String> form = addForm();
    form.put("remoteToken", "ra_test_acm");
    HttpResponse<String> inPlace = browser.postHtmx("/integrations", form);
    assertThat(inPlace.statusCode()).isEqualTo(200);
    assertThat(inPlace.headers().firstValue("HX-Redirect")).isEmpty();
    assertThat(inPlace.body())
        .contains("id=\"check-result\"")
        .contains("Not saved: Remote refused the API token")
        .contains("HiBob works; Remote refused the API token.")
        .doesNotContain("HiBob refused")
        .doesNotContain("hibob-secret-token")
        .doesNotContain("ra_test_acm");
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id())).isEmpty();

    HttpResponse<String> page = browser.post("/integrations", form);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("value=\"" + form.get("name") + "\"")
        .contains("value=\"SERVICE-1\"")
        .contains("Not saved: Remote refused the API token")
        .doesNotContain("hibob-secret-token")
        .doesNotContain("ra_test_acm");
  }

  @Test
  void C1_theSaveAnywayBoxStoresAFailingIntegrationAndSaysSo() throws Exception {
    browser.logIn("admin@acme.example", PASSWORD);
    browser.get("/integrations/new");
    Map<String, String> form = addForm();
    form.put("remoteToken", "ra_test_acm");
    form.put("saveAnyway", "on");
    HttpResponse<String> saved = browser.postHtmx("/integrations", form);
    String next = saved.headers().firstValue("HX-Redirect").orElseThrow();
    assertThat(next).endsWith("?done=added-anyway");
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id()))
        .hasSize(1);
    assertThat(browser.get(next).body())
        .contains("saved although its connection check failed")
        .contains("Remote refused the API token");
  }
}
