package dev.bobsync.web.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.bobsync.store.OidcLogins;
import dev.bobsync.store.Store;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in with OpenID Connect: the authorization code flow with PKCE, a nonce and a state bound to
 * the browser, the ID token checked by Nimbus (signature against the provider's published keys,
 * issuer, audience, expiry, nonce), then the e-mail domain and the role claim.
 */
public final class OidcSignIn {
  private final OidcSettings settings;
  private final Store store;
  private final RoleClaim roles;
  private volatile Provider provider;

  /** The provider's metadata and a validator using its keys, read once. */
  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /** Where to send the browser, and the state to keep in its cookie. */
  public record Start(URI authorization, String state) {}

  /** A checked identity: who, and the role their claim maps to. */
  public record Identity(String email, String name, dev.bobsync.access.Role role) {}

  /** A sign-in that cannot go on, with the status to answer and a message for the person. */
  public static final class Refused extends RuntimeException {
    private final int status;
    private final String email;

    public Refused(int status, String message, String email) {
      super(message, null, false, false);
      this.status = status;
      this.email = email;
    }

    public int status() {
      return status;
    }

    /** The e-mail the identity provider vouched for, when it got that far. */
    public Optional<String> email() {
      return Optional.ofNullable(email);
    }
  }

  public OidcSignIn(OidcSettings settings, Store store) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = Objects.requireNonNull(store, "store");
    this.roles = new RoleClaim(settings);
  }

  public OidcSettings settings() {
    return settings;
  }

  /** Starts a sign-in: remembers its state, nonce and PKCE verifier for ten minutes. */
  public Start start(URI redirectUri) {
    Provider p = provider();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    store
        .oidcLogins()
        .start(
            Tokens.sha256(state.getValue()),
            new OidcLogins.Pending(nonce.getValue(), verifier.getValue()));
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                com.nimbusds.oauth2.sdk.Scope.parse(settings.scopes()),
                new ClientID(settings.clientId()),
                redirectUri)
            .endpointURI(p.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Start(request.toURI(), state.getValue());
  }

  /**
   * Finishes a sign-in: {@code cookieState} is what this browser's cookie holds, {@code state} and
   * {@code code} what the provider sent back. Throws {@link Refused} with the reason.
   */
  public Identity finish(String cookieState, String state, String code, URI redirectUri) {
    if (state == null || code == null || !Tokens.matches(state, cookieState)) {
      throw new Refused(400, "This sign-in was not started in this browser. Start it again.", null);
    }
    OidcLogins.Pending pending =
        store
            .oidcLogins()
            .finish(Tokens.sha256(state))
            .orElseThrow(
                () ->
                    new Refused(
                        400, "This sign-in has expired or was used. Start it again.", null));
    Provider p = provider();
    return identify(exchange(p, code, redirectUri, pending.codeVerifier()), pending.nonce());
  }

  /** Checks an ID token (signature, issuer, audience, expiry, nonce), its e-mail and role. */
  Identity identify(JWT idToken, String nonce) {
    IDTokenClaimsSet claims;
    try {
      claims = provider().validator().validate(idToken, new Nonce(nonce));
    } catch (BadJOSEException | JOSEException e) {
      throw new Refused(
          401, "The identity provider's ID token was refused: " + e.getMessage() + ".", null);
    }
    String email = claims.getStringClaim("email");
    if (email == null || email.isBlank()) {
      throw new Refused(
          403, "The identity provider sent no e-mail address; ask for the \"email\" scope.", null);
    }
    email = email.trim();
    if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
      throw new Refused(403, "The identity provider has not verified " + email + ".", email);
    }
    if (!settings.domainAllowed(email)) {
      throw new Refused(
          403, "The e-mail domain of " + email + " may not sign in to bobsync here.", email);
    }
    dev.bobsync.access.Role role;
    try {
      role = roles.role(claims.toJSONObject());
    } catch (IllegalArgumentException e) {
      throw new Refused(403, e.getMessage(), email);
    }
    return new Identity(email, claims.getStringClaim("name"), role);
  }

  private JWT exchange(Provider p, String code, URI redirectUri, String verifier) {
    TokenRequest request =
        new TokenRequest.Builder(
                p.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(
                    new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(
                    new AuthorizationCode(code), redirectUri, new CodeVerifier(verifier)))
            .build();
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(10_000);
      http.setReadTimeout(20_000);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        ErrorObject error = response.toErrorResponse().getErrorObject();
        throw new Refused(
            401,
            "The identity provider refused the sign-in: "
                + error.getCode()
                + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")")
                + ".",
            null);
      }
      JWT idToken =
          ((com.nimbusds.openid.connect.sdk.OIDCTokenResponse) response.toSuccessResponse())
              .getOIDCTokens()
              .getIDToken();
      if (idToken == null) {
        throw new Refused(401, "The identity provider sent no ID token.", null);
      }
      return idToken;
    } catch (ParseException | ClassCastException e) {
      throw new Refused(
          401, "The identity provider's token answer could not be read: " + e.getMessage(), null);
    } catch (IOException e) {
      throw new Refused(502, "The identity provider could not be reached: " + e.getMessage(), null);
    }
  }

  private Provider provider() {
    Provider p = provider;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (provider == null) {
        provider = discover();
      }
      return provider;
    }
  }

  private Provider discover() {
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), 10_000, 10_000);
    } catch (GeneralException | IOException e) {
      throw new Refused(
          502,
          "The identity provider at " + settings.issuer() + " could not be read: " + e.getMessage(),
          null);
    }
    Set<JWSAlgorithm> algorithms = new HashSet<>();
    if (metadata.getIDTokenJWSAlgs() != null) {
      metadata.getIDTokenJWSAlgs().stream()
          .filter(a -> !a.getName().equals("none") && !a.getName().startsWith("HS"))
          .forEach(algorithms::add);
    }
    if (algorithms.isEmpty()) {
      algorithms.add(JWSAlgorithm.RS256);
    }
    try {
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(settings.clientId()),
              new JWSVerificationKeySelector<SecurityContext>(
                  algorithms,
                  JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL())
                      .build()),
              null);
      return new Provider(metadata, validator);
    } catch (IOException e) {
      throw new Refused(502, "The identity provider's key address is not valid: " + e, null);
    }
  }
}
