package dev.bobsync.web.auth;

import dev.bobsync.store.ApiToken;
import dev.bobsync.store.Store;
import dev.bobsync.store.User;
import dev.bobsync.store.WebSession;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Logs people in and out, and says who a request comes from: the session cookie for the page, a
 * bearer token for the API. Only digests of either are stored.
 */
public final class Authenticator {
  public static final String COOKIE = "bobsync_session";

  /** The login form's CSRF token, before there is a session to hold one (double submit). */
  static final String LOGIN_COOKIE = "bobsync_login";

  private static final String PRINCIPAL = "bobsync.principal";

  private final Store store;
  private final Passwords passwords;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final Duration sessionLength;
  private final boolean secureCookies;
  private final boolean passwordLogin;

  public Authenticator(
      Store store,
      Passwords passwords,
      LoginThrottle throttle,
      Clock clock,
      Duration sessionLength,
      boolean secureCookies) {
    this(store, passwords, throttle, clock, sessionLength, secureCookies, true);
  }

  /** {@code passwordLogin} false: people sign in with the identity provider only. */
  public Authenticator(
      Store store,
      Passwords passwords,
      LoginThrottle throttle,
      Clock clock,
      Duration sessionLength,
      boolean secureCookies,
      boolean passwordLogin) {
    this.passwordLogin = passwordLogin;
    this.store = Objects.requireNonNull(store, "store");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sessionLength = Objects.requireNonNull(sessionLength, "sessionLength");
    this.secureCookies = secureCookies;
  }

  /** The outcome of a login attempt. */
  public sealed interface Login {
    record Ok(User user) implements Login {}

    record Refused(String message) implements Login {}
  }

  /** Checks a password (slowly, throttled) and starts a session with its cookie. */
  public Login logIn(Context ctx, String email, String password) {
    if (!passwordLogin) {
      return new Login.Refused(
          "Logging in with a password is switched off here: sign in with your company account.");
    }
    String address = ctx.ip();
    Duration wait = throttle.wait(email, address);
    if (!wait.isZero() && !wait.isNegative()) {
      return new Login.Refused(
          "Too many failed attempts. Try again in " + Math.max(1, wait.toMinutes()) + " minutes.");
    }
    Optional<User> user = store.users().byEmail(email);
    boolean ok =
        user.isPresent()
            && passwords.matches(
                password, store.users().passwordHash(user.get().id()).orElse(null));
    if (!ok) {
      throttle.failed(email, address);
      return new Login.Refused("The e-mail or the password is not right.");
    }
    throttle.succeeded(email);
    startSession(ctx, user.get());
    return new Login.Ok(user.get());
  }

  /** Whether the login page offers e-mail and password. */
  public boolean passwordLogin() {
    return passwordLogin;
  }

  /** Starts a session for someone whose identity was checked, and sets its cookie. */
  public void startSession(Context ctx, User user) {
    String token = Tokens.random("");
    store
        .webSessions()
        .create(
            Tokens.sha256(token),
            new WebSession(
                user.id(),
                Tokens.random(""),
                clock.instant(),
                clock.instant().plus(sessionLength)));
    store.users().loggedIn(user.id());
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + token
            + "; Path=/; HttpOnly; SameSite=Lax; Max-Age="
            + sessionLength.toSeconds()
            + (secureCookies ? "; Secure" : ""));
  }

  /**
   * The token the login form must send back: the one in this browser's login cookie, or a new one
   * set in it. A page elsewhere cannot read the cookie, so it cannot forge a login.
   */
  public String loginFormToken(Context ctx) {
    String token = ctx.cookie(LOGIN_COOKIE);
    if (token == null || token.isBlank() || token.length() > 100) {
      token = Tokens.random("");
      ctx.header(
          "Set-Cookie",
          LOGIN_COOKIE
              + "="
              + token
              + "; Path=/login; HttpOnly; SameSite=Strict; Max-Age=86400"
              + (secureCookies ? "; Secure" : ""));
    }
    return token;
  }

  /** Whether a login form came back with its browser's token. */
  public boolean loginFormTokenMatches(Context ctx) {
    return Tokens.matches(ctx.formParam("_csrf"), ctx.cookie(LOGIN_COOKIE));
  }

  public void logOut(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null) {
      store.webSessions().delete(Tokens.sha256(token));
    }
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
  }

  /** The logged-in user behind the cookie, if any. */
  public Optional<Principal> fromSession(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return store
        .webSessions()
        .find(Tokens.sha256(token))
        .flatMap(
            s ->
                store
                    .users()
                    .byId(s.userId())
                    .map(
                        u ->
                            Principal.user(
                                u.workspaceId(), u.id(), u.email(), s.csrfToken(), u.role())));
  }

  /**
   * The unrevoked API token an {@code Authorization: Bearer} header carries, marked used; an
   * expired one too, for the caller to refuse by name.
   */
  public Optional<ApiToken> bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? Optional.empty() : store.apiTokens().use(Tokens.sha256(token));
  }

  public static void set(Context ctx, Principal principal) {
    ctx.attribute(PRINCIPAL, principal);
  }

  /** The principal a filter put on the request; only called on routes behind one. */
  public static Principal of(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw new IllegalStateException("no principal on " + ctx.path());
    }
    return p;
  }
}
