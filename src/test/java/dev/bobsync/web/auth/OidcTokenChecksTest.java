package dev.bobsync.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.bobsync.access.Role;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ID token checks with the keys and metadata of a real identity provider (mock-oauth2-server),
 * for tokens no conforming provider sends through the code flow: unsigned ones. The code flow
 * itself, with the other refusals and the access log, is in {@code OidcSignInTest}.
 */
class OidcTokenChecksTest {
  static final String NONCE = "nonce-1";

  @TempDir Path dir;
  MockOAuth2Server idp;
  Store store;
  OidcSignIn oidc;

  @BeforeEach
  void start() {
    idp = new MockOAuth2Server();
    idp.start();
    store = Store.open(TestDatabases.h2(dir, MasterKey.generate()), Clock.systemUTC());
    oidc =
        new OidcSignIn(
            OidcSettings.fromEnv(
                    Map.of(
                        "BOBSYNC_OIDC_ISSUER", idp.issuerUrl("acme").toString(),
                        "BOBSYNC_OIDC_CLIENT_ID", "bobsync",
                        "BOBSYNC_OIDC_CLIENT_SECRET", "secret",
                        "BOBSYNC_OIDC_ALLOWED_DOMAINS", "acme.example"))
                .orElseThrow(),
            store);
  }

  @AfterEach
  void stop() {
    store.close();
    idp.shutdown();
  }

  private Map<String, Object> claims() {
    return Map.of("email", "ada@acme.example", "bobsync_role", "viewer", "nonce", NONCE);
  }

  @Test
  void aTokenSignedByTheProviderForThisClientPasses() {
    var signed =
        idp.issueToken(
            "acme",
            "bobsync",
            new DefaultOAuth2TokenCallback(
                "acme", "s-1", "JWT", List.of("bobsync"), claims(), 600));
    assertThat(oidc.identify(signed, NONCE).role()).isEqualTo(Role.VIEWER);
    assertThatThrownBy(() -> oidc.identify(signed, "another-nonce"))
        .isInstanceOf(OidcSignIn.Refused.class)
        .hasMessageContaining("nonce");
  }

  @Test
  void anUnsignedIdTokenIsRefused() {
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .issuer(idp.issuerUrl("acme").toString())
            .audience("bobsync")
            .subject("s-1")
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 600_000));
    claims().forEach(b::claim);
    assertThatThrownBy(() -> oidc.identify(new PlainJWT(b.build()), NONCE))
        .isInstanceOfSatisfying(
            OidcSignIn.Refused.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("ID token was refused")
        .hasMessageContaining("Signed ID token expected");
  }
}
