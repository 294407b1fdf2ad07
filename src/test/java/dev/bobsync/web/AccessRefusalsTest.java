package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.access.Role;
import dev.bobsync.access.Scope;
import dev.bobsync.app.Service;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.Integration;
import dev.bobsync.store.NewApiToken;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.Passwords;
import dev.bobsync.web.auth.TokenIssuer;
import dev.bobsync.web.auth.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens used beyond what they may do, viewers posting to admin routes, and the compensation pull
 * of a benchmarking vendor: each refusal has the right status, a clear message and an access-log
 * entry; nothing refused changes anything.
 */
class AccessRefusalsTest {
  static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  Workspace ws;
  Integration acme;
  Integration globex;

  @BeforeEach
  void start() {
    h = SyncHarness.realTime(dir);
    service =
        Service.start(
            h.app,
            new Service.Options(
                0, "test", false, 4, Duration.ofMillis(200), Duration.ofSeconds(1)));
    ws = h.store.workspaces().defaultWorkspace();
    acme = h.addAcme();
    globex = h.add("globex", "SERVICE-1", "hibob-secret-token").integration();
    h.store
        .users()
        .create(ws.id(), "viewer@acme.example", null, new Passwords(4).hash(PASSWORD), Role.VIEWER);
  }

  @AfterEach
  void stop() {
    service.close();
    h.close();
  }

  private String token(String name, Set<Scope> scopes, String integration, String format) {
    return new TokenIssuer(h.store, h.clock)
        .issue(ws.id(), new TokenIssuer.Request(name, scopes, null, integration, format), null, "t")
        .token();
  }

  private HttpResponse<String> api(String method, String path, String token, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(service.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<AccessEvent> log() {
    return h.store.accessLog().recent(ws.id(), true, 100);
  }

  private void assertLogged(String actorPart, String action, String outcome, String detailPart) {
    assertThat(log())
        .anySatisfy(
            e -> {
              assertThat(e.actor()).contains(actorPart);
              assertThat(e.action()).isEqualTo(action);
              assertThat(e.outcome()).isEqualTo(outcome);
              if (detailPart != null) {
                assertThat(e.detail()).contains(detailPart);
              }
              assertThat(e.address()).isNotBlank();
              assertThat(e.at()).isNotNull();
            });
  }

  @Test
  void aTokenUsedBeyondItsScopeIsRefusedNamingTheScope() throws Exception {
    String t = token("status board", Set.of(Scope.INTEGRATIONS_READ), null, null);
    String path = "/api/v1/integrations/" + acme.id() + "/people";
    HttpResponse<String> r = api("GET", path, t);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("lacks the scope \\\"people:read\\\"");
    assertLogged("status board", "GET " + path, "refused 403", "people:read");
    // within its scope it works, and the use is logged too
    assertThat(api("GET", "/api/v1/integrations", t).statusCode()).isEqualTo(200);
    assertLogged("status board", "GET /api/v1/integrations", "200", null);
  }

  @Test
  void anExpiredTokenIsRefusedSayingSo() throws Exception {
    String t = Tokens.random(TokenIssuer.PREFIX);
    h.store
        .apiTokens()
        .create(
            new NewApiToken(
                ws.id(),
                "last quarter",
                Tokens.sha256(t),
                t.substring(0, 10),
                null,
                Set.of(Scope.INTEGRATIONS_READ),
                h.clock.instant().minus(Duration.ofDays(1)),
                null,
                null));
    HttpResponse<String> r = api("GET", "/api/v1/integrations", t);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("\\\"last quarter\\\" expired at");
    assertLogged("last quarter", "GET /api/v1/integrations", "refused 401", "expired");
  }

  @Test
  void aTokenForOneIntegrationCannotReadAnother() throws Exception {
    String t = token("acme only", Set.of(Scope.PEOPLE_READ, Scope.INTEGRATIONS_READ), "acme", null);
    assertThat(api("GET", "/api/v1/integrations/" + acme.id() + "/people", t).statusCode())
        .isEqualTo(200);
    HttpResponse<String> r = api("GET", "/api/v1/integrations/" + globex.id() + "/people", t);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("limited to the integration " + acme.id());
    assertLogged(
        "acme only",
        "GET /api/v1/integrations/" + globex.id() + "/people",
        "refused 403",
        "limited");
    // the list shows its own integration only
    assertThat(api("GET", "/api/v1/integrations", t).body())
        .contains(acme.id())
        .doesNotContain(globex.id());
  }

  @Test
  void aViewerPostingToAnAdminPageIsRefusedWithOrWithoutCsrf() throws Exception {
    Browser b = new Browser(service.url());
    b.logIn("viewer@acme.example", PASSWORD);
    b.get("/integrations/" + acme.id());
    String path = "/integrations/" + acme.id() + "/settings";
    HttpResponse<String> withCsrf = b.post(path, Map.of("interval", "60", "legalEntities", ""));
    assertThat(withCsrf.statusCode()).isEqualTo(403);
    assertThat(withCsrf.body())
        .contains("Your role (viewer) cannot do this; it needs the admin role");
    HttpResponse<String> without = b.postRaw(path, Map.of("interval", "60", "legalEntities", ""));
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("The form has expired");
    HttpResponse<String> remove =
        b.post("/integrations/" + acme.id() + "/remove", Map.of("confirm", "yes"));
    assertThat(remove.statusCode()).isEqualTo(403);
    assertThat(h.store.integrations().byId(acme.id()).orElseThrow().removed()).isFalse();
    assertThat(h.store.integrations().byId(acme.id()).orElseThrow().syncInterval())
        .isEqualTo(Duration.ofMinutes(60));
    assertLogged("viewer@acme.example", "POST " + path, "refused 403", "needs the admin role");
    assertLogged("viewer@acme.example", "POST " + path, "refused 403", "form has expired");
  }

  @Test
  void aViewerCannotReachTheAdminApiWithASessionNorATokenWithoutTheScope() throws Exception {
    Browser b = new Browser(service.url());
    b.logIn("viewer@acme.example", PASSWORD);
    // the API takes tokens only: a page session, with or without CSRF, is not a token
    HttpResponse<String> session = b.post("/api/v1/integrations/" + acme.id() + "/sync", Map.of());
    assertThat(session.statusCode()).isEqualTo(401);
    String t = token("read only", Set.of(Scope.INTEGRATIONS_READ), null, null);
    HttpResponse<String> r = api("DELETE", "/api/v1/integrations/" + acme.id(), t);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("integrations:write");
    assertThat(h.store.integrations().byId(acme.id()).orElseThrow().removed()).isFalse();
    assertLogged(
        "read only",
        "DELETE /api/v1/integrations/" + acme.id(),
        "refused 403",
        "integrations:write");
  }

  @Test
  void anAdminChangesARoleOnThePageAndTheChangeIsAudited() throws Exception {
    h.store.users().create(ws.id(), "admin@acme.example", null, new Passwords(4).hash(PASSWORD));
    Browser b = new Browser(service.url());
    b.logIn("admin@acme.example", PASSWORD);
    String viewerId = h.store.users().byEmail("viewer@acme.example").orElseThrow().id();
    assertThat(b.get("/users").body()).contains("viewer@acme.example");
    HttpResponse<String> r = b.post("/users/" + viewerId + "/role", Map.of("role", "operator"));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(h.store.users().byId(viewerId).orElseThrow().role()).isEqualTo(Role.OPERATOR);
    assertLogged("admin@acme.example", "role changed", "allowed", "viewer -> operator");
    // an unknown role is refused by name
    HttpResponse<String> bad = b.post("/users/" + viewerId + "/role", Map.of("role", "owner"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("\"owner\" is not a role");
  }

  @Test
  void V3_aBenchmarkingVendorsTokenPullsTheAnonymousExportWithEtags() throws Exception {
    String t = token("Ravio", Set.of(Scope.COMPENSATION_READ_ANONYMOUS), "acme", "csv");
    HttpResponse<String> first = api("GET", "/api/v1/compensation/export", t);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(first.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("acme-compensation-anonymous.csv"));
    assertThat(first.body()).contains("anon-").doesNotContain("@acme");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        api("GET", "/api/v1/compensation/export", t, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(
            api("GET", "/api/v1/compensation/export", t, "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
    // named data, another format or another integration: refused, naming why
    HttpResponse<String> named =
        api("GET", "/api/v1/integrations/" + acme.id() + "/compensation?anonymous=false", t);
    assertThat(named.statusCode()).isEqualTo(403);
    assertThat(named.body()).contains("anonymous export only").contains("compensation:read");
    HttpResponse<String> xlsx =
        api("GET", "/api/v1/integrations/" + acme.id() + "/compensation?format=xlsx", t);
    assertThat(xlsx.statusCode()).isEqualTo(403);
    assertThat(xlsx.body()).contains("csv export only");
    assertThat(api("GET", "/api/v1/integrations/" + globex.id() + "/compensation", t).statusCode())
        .isEqualTo(403);
    assertThat(api("GET", "/api/v1/integrations/" + acme.id() + "/people", t).statusCode())
        .isEqualTo(403);
    assertLogged("Ravio", "GET /api/v1/compensation/export", "200", null);
    assertLogged("Ravio", "GET /api/v1/compensation/export", "304", null);
  }

  @Test
  void aTokenLimitedToJsonLinesReadsThemUnderEitherName() throws Exception {
    String t = token("json pull", Set.of(Scope.COMPENSATION_READ), "acme", "jsonl");
    HttpResponse<String> pull = api("GET", "/api/v1/compensation/export", t);
    assertThat(pull.statusCode()).isEqualTo(200);
    assertThat(pull.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/x-ndjson"));
    String path = "/api/v1/integrations/" + acme.id() + "/compensation?format=";
    assertThat(api("GET", path + "json", t).statusCode()).isEqualTo(200);
    assertThat(api("GET", path + "csv", t).statusCode()).isEqualTo(403);
    assertThat(api("GET", path + "pdf", t).statusCode()).isEqualTo(400);
  }

  @Test
  void theXlsxPullKeepsItsEtagWhenNothingChanged() throws Exception {
    String t = token("xlsx pull", Set.of(Scope.COMPENSATION_READ), "acme", "xlsx");
    HttpResponse<String> first = api("GET", "/api/v1/compensation/export", t);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    Thread.sleep(1100); // the zip's entry times move on; the tag must not
    HttpResponse<String> second = api("GET", "/api/v1/compensation/export", t);
    assertThat(second.headers().firstValue("ETag")).contains(etag);
  }

  @Test
  void thePullAddressNeedsATokenLimitedToOneIntegration() throws Exception {
    String t = token("everything", Set.of(Scope.COMPENSATION_READ), null, null);
    HttpResponse<String> r = api("GET", "/api/v1/compensation/export", t);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("limited to one integration");
  }
}
