package dev.bobsync.web.auth;

import java.util.Map;

/**
 * How people log in: with a password ({@code BOBSYNC_PASSWORD_LOGIN}, on by default), with the
 * identity provider ({@link OidcSettings}), or both.
 *
 * @param oidc null: no identity provider
 */
public record AccessSettings(boolean passwordLogin, OidcSettings oidc) {
  /** Passwords only, as a small install without an identity provider runs. */
  public static final AccessSettings PASSWORDS = new AccessSettings(true, null);

  public AccessSettings {
    if (!passwordLogin && oidc == null) {
      throw new IllegalArgumentException(
          "BOBSYNC_PASSWORD_LOGIN=false needs an identity provider (BOBSYNC_OIDC_ISSUER), or no"
              + " one could log in");
    }
  }

  public static AccessSettings fromEnv(Map<String, String> env) {
    String password = env.getOrDefault("BOBSYNC_PASSWORD_LOGIN", "true").trim();
    if (!password.equalsIgnoreCase("true") && !password.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(
          "BOBSYNC_PASSWORD_LOGIN is true or false, not \"" + password + "\"");
    }
    return new AccessSettings(
        Boolean.parseBoolean(password), OidcSettings.fromEnv(env).orElse(null));
  }
}
