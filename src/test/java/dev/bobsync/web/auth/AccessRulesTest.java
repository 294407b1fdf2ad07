package dev.bobsync.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.access.Role;
import dev.bobsync.access.Scope;
import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.web.Metrics;
import dev.bobsync.web.SyncControl;
import dev.bobsync.web.WebApp;
import dev.bobsync.web.WebServices;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route table: complete, and matching as the router does. */
class AccessRulesTest {
  @TempDir Path dir;

  @Test
  void everyRouteHasARuleAndEveryRuleARoute() {
    Clock clock = Clock.systemUTC();
    try (Store store = Store.open(TestDatabases.h2(dir, MasterKey.generate()), clock)) {
      App app = new App(store, Clients.standard(clock), clock);
      Authenticator auth =
          new Authenticator(
              store,
              new Passwords(4),
              new LoginThrottle(clock, 5, Duration.ofMinutes(1)),
              clock,
              Duration.ofHours(1),
              false);
      Javalin web =
          WebApp.create(new WebServices(app, new NoSyncs(), auth), new Metrics(store), c -> {});
      Set<String> routes = new TreeSet<>();
      web.unsafe.internalRouter.allHttpHandlers().stream()
          .map(e -> e.endpoint)
          .filter(e -> !AccessFilter.isPublic(e.path))
          .filter(
              e -> !e.method.name().startsWith("BEFORE") && !e.method.name().startsWith("AFTER"))
          .forEach(e -> routes.add(e.method.name() + " " + e.path));
      Set<String> ruled = new TreeSet<>();
      AccessRules.RULES.forEach(r -> ruled.add(r.method() + " " + r.path()));
      assertThat(routes).isNotEmpty().isEqualTo(ruled);
    }
  }

  @Test
  void theOpenApiDocumentNamesTheScopeOfEveryApiRoute() throws Exception {
    com.fasterxml.jackson.databind.JsonNode paths;
    try (java.io.InputStream in = getClass().getResourceAsStream("/web/openapi.json")) {
      paths = dev.bobsync.http.Json.newMapper().readTree(in).path("paths");
    }
    for (AccessRules.Rule rule : AccessRules.RULES) {
      if (rule.api()) {
        assertThat(
                paths
                    .path(rule.path())
                    .path(rule.method().toLowerCase(java.util.Locale.ROOT))
                    .path("x-required-scope")
                    .asText())
            .as(rule.toString())
            .isEqualTo(rule.scope().code());
      }
    }
  }

  @Test
  void pathsMatchSegmentBySegment() {
    assertThat(AccessRules.find("GET", "/integrations/abc/people").orElseThrow().params())
        .containsEntry("id", "abc");
    assertThat(AccessRules.find("HEAD", "/integrations/abc").orElseThrow().rule().role())
        .isEqualTo(Role.VIEWER);
    assertThat(AccessRules.find("GET", "/integrations/abc/people/extra")).isEmpty();
    assertThat(AccessRules.find("GET", "/integrations//people")).isEmpty();
    assertThat(AccessRules.find("POST", "/integrations/abc/settings").orElseThrow().rule().role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void compensationReadGrantsTheAnonymousExportButNotTheOtherWayRound() {
    assertThat(Scope.COMPENSATION_READ.grants(Scope.COMPENSATION_READ_ANONYMOUS)).isTrue();
    assertThat(Scope.COMPENSATION_READ_ANONYMOUS.grants(Scope.COMPENSATION_READ)).isFalse();
    assertThat(Scope.PEOPLE_READ.grants(Scope.COMPENSATION_READ_ANONYMOUS)).isFalse();
  }

  @Test
  void rolesIncludeTheOnesBelow() {
    assertThat(Role.ADMIN.atLeast(Role.OPERATOR)).isTrue();
    assertThat(Role.OPERATOR.atLeast(Role.VIEWER)).isTrue();
    assertThat(Role.VIEWER.atLeast(Role.OPERATOR)).isFalse();
    assertThat(Role.parse(" Operator ")).isEqualTo(Role.OPERATOR);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.parse("owner"))
        .hasMessageContaining("\"owner\" is not a role; the roles are viewer, operator, admin");
  }

  private static final class NoSyncs implements SyncControl {
    @Override
    public boolean syncNow(String integrationId, String trigger) {
      return false;
    }

    @Override
    public Optional<Instant> nextRun(String integrationId) {
      return Optional.empty();
    }

    @Override
    public void refresh(String integrationId) {}

    @Override
    public boolean running(String integrationId) {
      return false;
    }
  }
}
