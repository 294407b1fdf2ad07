package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.access.Role;
import dev.bobsync.access.Scope;
import dev.bobsync.app.Service;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.AccessRules;
import dev.bobsync.web.auth.AccessRules.Rule;
import dev.bobsync.web.auth.Passwords;
import dev.bobsync.web.auth.TokenIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the route table, called by every role (pages) and by a token of every scope (API):
 * allowed exactly when the table says so, refused with 403 naming the role or scope otherwise.
 * Routes of one integration are called with an unknown id, so an allowed call answers 404 and
 * changes nothing; the refusal comes before any handler runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
  static final String PASSWORD = "correct horse battery";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  SyncHarness h;
  Service service;
  Integration acme;
  final Map<Role, Browser> browsers = new EnumMap<>(Role.class);
  final Map<Scope, String> tokens = new EnumMap<>(Scope.class);

  @BeforeAll
  void start() throws Exception {
    h = SyncHarness.realTime(dir);
    service =
        Service.start(
            h.app,
            new Service.Options(
                0, "test", false, 4, Duration.ofMillis(200), Duration.ofSeconds(1)));
    Workspace ws = h.store.workspaces().defaultWorkspace();
    acme = h.addAcme();
    for (Role role : Role.values()) {
      h.store
          .users()
          .create(
              ws.id(), role.code() + "@acme.example", null, new Passwords(4).hash(PASSWORD), role);
    }
    TokenIssuer issuer = new TokenIssuer(h.store, h.clock);
    for (Scope scope : Scope.values()) {
      tokens.put(
          scope,
          issuer
              .issue(
                  ws.id(),
                  new TokenIssuer.Request(scope.code(), Set.of(scope), null, "acme", null),
                  null,
                  "test")
              .token());
    }
  }

  @AfterAll
  void stop() {
    service.close();
    h.close();
  }

  private Browser logIn(Role role) throws Exception {
    Browser b = new Browser(service.url());
    assertThat(b.logIn(role.code() + "@acme.example", PASSWORD).statusCode()).isEqualTo(302);
    b.get("/");
    return b;
  }

  private static String concrete(Rule rule, String integrationId) {
    return rule.path()
        .replace("{id}", integrationId)
        .replace("{runId}", "no-such-run")
        .replace("{tokenId}", "no-such-token")
        .replace("{userId}", "no-such-user");
  }

  @Test
  void roleByRouteMatrix() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<Rule> pages =
        AccessRules.RULES.stream()
            .filter(r -> !r.api())
            // logging out last, or the rest would be asked without a session
            .sorted(Comparator.comparing(r -> r.path().equals("/logout")))
            .toList();
    for (Role role : Role.values()) {
      Browser b = logIn(role);
      for (Rule rule : pages) {
        String path = concrete(rule, "no-such-integration");
        HttpResponse<String> r = rule.method().equals("GET") ? b.get(path) : b.post(path, Map.of());
        boolean allowed = role.atLeast(rule.role());
        boolean refused = r.statusCode() == 403;
        if (allowed == refused
            || (refused && !r.body().contains("needs the " + rule.role().code() + " role"))
            || r.statusCode() == 302
                && "/login".equals(r.headers().firstValue("Location").orElse(""))
                && !rule.path().equals("/logout")) {
          wrong.add(role.code() + " " + rule + " -> " + r.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void scopeByRouteMatrix() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      for (Rule rule : AccessRules.RULES.stream().filter(Rule::api).toList()) {
        // the token is limited to acme, so routes of one integration name acme
        String path = concrete(rule, acme.id());
        if (rule.method().equals("DELETE")
            || rule.path().endsWith("/sync")
            || rule.path().endsWith("/check")) {
          path = concrete(rule, "no-such-integration"); // refused for another integration anyway
        }
        HttpResponse<String> r = api(rule.method(), path, tokens.get(scope), Map.of());
        boolean allowed = scope.grants(rule.scope());
        String body = r.body();
        boolean refusedForScope =
            r.statusCode() == 403 && body.contains("lacks the scope \\\"" + rule.scope().code());
        boolean ok = allowed ? !refusedForScope && r.statusCode() != 401 : refusedForScope;
        if (!ok) {
          wrong.add(scope.code() + " " + rule + " -> " + r.statusCode() + " " + body);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theOverviewHidesWhatTheRoleCannotDo() throws Exception {
    String viewer = logIn(Role.VIEWER).get("/integrations/" + acme.id()).body();
    assertThat(viewer).doesNotContain("Sync now").doesNotContain("Check again");
    assertThat(viewer).doesNotContain("/settings\"").doesNotContain("/compensation\"");
    assertThat(viewer).doesNotContain("href=\"/tokens\"");
    String operator = logIn(Role.OPERATOR).get("/integrations/" + acme.id()).body();
    assertThat(operator).contains("Sync now").contains("/compensation\"");
    assertThat(operator).doesNotContain("/settings\"").doesNotContain("href=\"/tokens\"");
    String admin = logIn(Role.ADMIN).get("/integrations/" + acme.id()).body();
    assertThat(admin).contains("Sync now").contains("/settings\"").contains("href=\"/tokens\"");
    assertThat(logIn(Role.VIEWER).get("/").body()).doesNotContain("Add integration");
  }

  HttpResponse<String> api(String method, String path, String token, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(service.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("POST") ? "{}" : ""));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
