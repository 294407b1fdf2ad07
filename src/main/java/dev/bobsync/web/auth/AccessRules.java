package dev.bobsync.web.auth;

import static dev.bobsync.access.Role.ADMIN;
import static dev.bobsync.access.Role.OPERATOR;
import static dev.bobsync.access.Role.VIEWER;
import static dev.bobsync.access.Scope.AUDIT_READ;
import static dev.bobsync.access.Scope.COMPENSATION_READ_ANONYMOUS;
import static dev.bobsync.access.Scope.INTEGRATIONS_READ;
import static dev.bobsync.access.Scope.INTEGRATIONS_WRITE;
import static dev.bobsync.access.Scope.PEOPLE_READ;
import static dev.bobsync.access.Scope.SYNC_RUN;

import dev.bobsync.access.Role;
import dev.bobsync.access.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may call which route, in one table: the least role a page needs, the scope an API route
 * needs. A route missing here answers no one; a test checks that every route has its rule.
 */
public final class AccessRules {
  /**
   * One route ({@code {x}} matches one path segment) and what it needs: a role for a page, a scope
   * for the API.
   */
  public record Rule(String method, String path, Role role, Scope scope) {
    public boolean api() {
      return scope != null;
    }

    /** Whether the route names one integration ({@code {id}}). */
    public boolean perIntegration() {
      return path.contains("{id}");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A rule matched by a request, with the path's parameters. */
  public record Match(Rule rule, Map<String, String> params) {}

  /** The stable URL a benchmarking vendor pulls the compensation export from. */
  public static final String COMPENSATION_PULL = "/api/v1/compensation/export";

  public static final List<Rule> RULES =
      List.of(
          page("GET", "/", VIEWER),
          page("POST", "/logout", VIEWER),
          page("GET", "/integrations/new", ADMIN),
          page("POST", "/integrations/check", ADMIN),
          page("POST", "/integrations", ADMIN),
          page("GET", "/integrations/{id}", VIEWER),
          page("GET", "/integrations/{id}/sync-panel", VIEWER),
          page("POST", "/integrations/{id}/sync", OPERATOR),
          page("POST", "/integrations/{id}/check", OPERATOR),
          page("POST", "/integrations/{id}/probe", OPERATOR),
          page("GET", "/integrations/{id}/people", VIEWER),
          page("GET", "/integrations/{id}/runs", VIEWER),
          page("GET", "/integrations/{id}/timeoff", VIEWER),
          page("GET", "/integrations/{id}/audit", OPERATOR),
          page("GET", "/integrations/{id}/compensation", OPERATOR),
          page("GET", "/integrations/{id}/compensation/export", OPERATOR),
          page("POST", "/integrations/{id}/compensation/profile", ADMIN),
          page("GET", "/integrations/{id}/settings", ADMIN),
          page("POST", "/integrations/{id}/settings", ADMIN),
          page("POST", "/integrations/{id}/webhook-secret", ADMIN),
          page("GET", "/integrations/{id}/alerts", ADMIN),
          page("POST", "/integrations/{id}/alerts", ADMIN),
          page("POST", "/integrations/{id}/alerts/test", ADMIN),
          page("POST", "/integrations/{id}/remote-status", ADMIN),
          page("GET", "/integrations/{id}/remote-events", ADMIN),
          page("POST", "/integrations/{id}/remote-events", ADMIN),
          page("GET", "/integrations/{id}/remove", ADMIN),
          page("POST", "/integrations/{id}/remove", ADMIN),
          page("GET", "/tokens", ADMIN),
          page("POST", "/tokens", ADMIN),
          page("POST", "/tokens/{tokenId}/revoke", ADMIN),
          page("GET", "/access", ADMIN),
          page("GET", "/users", ADMIN),
          page("POST", "/users/{userId}/role", ADMIN),
          api("GET", "/api/v1/integrations", INTEGRATIONS_READ),
          api("POST", "/api/v1/integrations", INTEGRATIONS_WRITE),
          api("GET", "/api/v1/integrations/{id}", INTEGRATIONS_READ),
          api("DELETE", "/api/v1/integrations/{id}", INTEGRATIONS_WRITE),
          api("POST", "/api/v1/integrations/{id}/check", SYNC_RUN),
          api("POST", "/api/v1/integrations/{id}/sync", SYNC_RUN),
          api("GET", "/api/v1/integrations/{id}/runs", INTEGRATIONS_READ),
          api("GET", "/api/v1/integrations/{id}/runs/{runId}", INTEGRATIONS_READ),
          api("GET", "/api/v1/integrations/{id}/people", PEOPLE_READ),
          api("GET", "/api/v1/integrations/{id}/audit", AUDIT_READ),
          api("GET", "/api/v1/integrations/{id}/compensation", COMPENSATION_READ_ANONYMOUS),
          api("GET", COMPENSATION_PULL, COMPENSATION_READ_ANONYMOUS));

  private AccessRules() {}

  private static Rule page(String method, String path, Role role) {
    return new Rule(method, path, role, null);
  }

  private static Rule api(String method, String path, Scope scope) {
    return new Rule(method, path, null, scope);
  }

  /** The rule of a request; HEAD is GET. */
  public static Optional<Match> find(String method, String path) {
    String m = method.equals("HEAD") ? "GET" : method;
    String[] segments = split(path);
    for (Rule rule : RULES) {
      if (!rule.method().equals(m)) {
        continue;
      }
      Map<String, String> params = match(split(rule.path()), segments);
      if (params != null) {
        return Optional.of(new Match(rule, params));
      }
    }
    return Optional.empty();
  }

  private static String[] split(String path) {
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.equals("/") ? new String[0] : p.substring(1).split("/", -1);
  }

  private static Map<String, String> match(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), segments[i]);
      } else if (!t.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }
}
