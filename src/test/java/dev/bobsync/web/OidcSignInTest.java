package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.access.Role;
import dev.bobsync.app.Service;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.User;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.AccessSettings;
import dev.bobsync.web.auth.OidcSettings;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in with OpenID Connect against a real identity provider running in the test
 * (mock-oauth2-server): the authorization code flow with PKCE end to end, and every ID token that
 * must be refused.
 */
class OidcSignInTest {
  static final String ISSUER_ID = "acme";
  static final String CLIENT = "bobsync";

  @TempDir Path dir;
  MockOAuth2Server idp;
  SyncHarness h;
  Service service;
  HttpClient browser;

  @BeforeEach
  void start() {
    idp = new MockOAuth2Server();
    idp.start();
    h = SyncHarness.realTime(dir);
    startService(true);
  }

  private void startService(boolean passwordLogin) {
    if (service != null) {
      service.close();
    }
    OidcSettings oidc =
        OidcSettings.fromEnv(
                Map.of(
                    "BOBSYNC_OIDC_ISSUER", idp.issuerUrl(ISSUER_ID).toString(),
                    "BOBSYNC_OIDC_CLIENT_ID", CLIENT,
                    "BOBSYNC_OIDC_CLIENT_SECRET", "client-secret",
                    "BOBSYNC_OIDC_ALLOWED_DOMAINS", "acme.example",
                    "BOBSYNC_OIDC_ROLE_MAP", "hr-admins=admin"))
            .orElseThrow();
    service =
        Service.start(
            h.app,
            new Service.Options(0, "test", false, 4, Duration.ofMillis(200), Duration.ofSeconds(1))
                .withAccess(new AccessSettings(passwordLogin, oidc)));
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @AfterEach
  void stop() {
    service.close();
    h.close();
    idp.shutdown();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : service.url() + url))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return r.headers().firstValue("Location").orElseThrow();
  }

  /** Goes to the identity provider and back; returns bobsync's answer to the callback. */
  private HttpResponse<String> signIn(
      Map<String, Object> claims, List<String> audience, long expiry) throws Exception {
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-1", "JWT", audience, claims, expiry));
    String authorize = location(get("/login/oidc"));
    assertThat(authorize)
        .startsWith(idp.authorizationEndpointUrl(ISSUER_ID).toString())
        .contains("code_challenge_method=S256")
        .contains("nonce=");
    String callback = location(get(authorize));
    return get(callback);
  }

  private HttpResponse<String> signIn(Map<String, Object> claims) throws Exception {
    return signIn(claims, List.of(CLIENT), 3600);
  }

  private List<AccessEvent> log() {
    return h.store.accessLog().recent(h.store.workspaces().defaultWorkspace().id(), true, 50);
  }

  private void assertRefusedAndLogged(HttpResponse<String> r, int status, String message)
      throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.body()).contains(message);
    assertThat(get("/").statusCode()).as("no session").isEqualTo(302);
    assertThat(log())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("sign-in with the identity provider");
              assertThat(e.outcome()).isEqualTo("refused " + status);
              assertThat(e.detail()).contains(message);
            });
  }

  @Test
  void anOperatorSignsInWithTheCodeFlowAndPkce() throws Exception {
    HttpResponse<String> r =
        signIn(Map.of("email", "ada@acme.example", "bobsync_role", "operator", "name", "Ada"));
    assertThat(location(r)).isEqualTo("/");
    assertThat(get("/").body()).contains("ada@acme.example (operator)");
    User ada = h.store.users().byEmail("ada@acme.example").orElseThrow();
    assertThat(ada.role()).isEqualTo(Role.OPERATOR);
    assertThat(h.store.users().passwordHash(ada.id())).isEmpty();
    // the token request carried the PKCE verifier and the client's secret
    String tokenRequest = null;
    for (int i = 0; i < 5 && tokenRequest == null; i++) {
      var recorded = idp.takeRequest(1);
      if (recorded != null && recorded.getPath().contains("/token")) {
        tokenRequest = recorded.getBody().readUtf8();
        assertThat(recorded.getHeader("Authorization")).startsWith("Basic ");
      }
    }
    assertThat(tokenRequest).contains("code_verifier=").contains("grant_type=authorization_code");
    assertThat(log())
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("ada@acme.example");
              assertThat(e.outcome()).isEqualTo("allowed");
              assertThat(e.detail()).isEqualTo("as operator");
            });
  }

  @Test
  void theRoleFollowsTheClaimThroughTheRoleMapAndAChangeIsAudited() throws Exception {
    signIn(Map.of("email", "ada@acme.example", "bobsync_role", "viewer"));
    HttpResponse<String> again =
        signIn(Map.of("email", "ada@acme.example", "bobsync_role", List.of("staff", "hr-admins")));
    assertThat(location(again)).isEqualTo("/");
    assertThat(h.store.users().byEmail("ada@acme.example").orElseThrow().role())
        .isEqualTo(Role.ADMIN);
    assertThat(log())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("role changed");
              assertThat(e.detail()).isEqualTo("ada@acme.example: viewer -> admin");
            });
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefused() throws Exception {
    // the identity provider puts the client's id in "aud"; the claim overrides it
    HttpResponse<String> r =
        signIn(
            Map.of("email", "ada@acme.example", "bobsync_role", "admin", "aud", "another-app"),
            List.of("another-app"),
            3600);
    assertRefusedAndLogged(r, 401, "audience");
  }

  @Test
  void anExpiredIdTokenIsRefused() throws Exception {
    HttpResponse<String> r =
        signIn(Map.of("email", "ada@acme.example", "bobsync_role", "admin"), List.of(CLIENT), -600);
    assertRefusedAndLogged(r, 401, "Expired");
  }

  @Test
  void anEmailFromADomainNotAllowedIsRefused() throws Exception {
    HttpResponse<String> r =
        signIn(Map.of("email", "eve@elsewhere.example", "bobsync_role", "admin"));
    assertRefusedAndLogged(r, 403, "eve@elsewhere.example may not sign in");
    assertThat(h.store.users().byEmail("eve@elsewhere.example")).isEmpty();
  }

  @Test
  void aRoleClaimWithAnUnknownValueIsRefused() throws Exception {
    HttpResponse<String> r = signIn(Map.of("email", "ada@acme.example", "bobsync_role", "owner"));
    assertRefusedAndLogged(r, 403, "value \"owner\" is not a bobsync role");
    assertThat(h.store.users().byEmail("ada@acme.example")).isEmpty();
  }

  @Test
  void aCallbackNotStartedInThisBrowserIsRefused() throws Exception {
    String authorize = location(get("/login/oidc"));
    String callback = location(get(authorize));
    browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> r = get(callback);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("not started in this browser");
  }

  @Test
  void passwordLoginCanBeSwitchedOff() throws Exception {
    startService(false);
    HttpResponse<String> page = get("/login");
    assertThat(page.body())
        .contains("Sign in with your company account")
        .doesNotContain("password");
    String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    String form =
        "email="
            + URLEncoder.encode("admin@acme.example", StandardCharsets.UTF_8)
            + "&password=whatever-long&_csrf="
            + csrf;
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(service.url() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("Logging in with a password is switched off");
    assertThat(get("/").statusCode()).isEqualTo(302);
  }
}
