package dev.bobsync.web.auth;

import dev.bobsync.access.Role;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sign-in with the company's OpenID Connect identity provider, from the environment: {@code
 * BOBSYNC_OIDC_ISSUER}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET}, {@code _ALLOWED_DOMAINS}
 * (comma-separated, or {@code *}), {@code _ROLE_CLAIM} (default {@code bobsync_role}; a dotted path
 * reaches into nested claims), {@code _ROLE_MAP} ({@code hr-admins=admin,hr=operator}), {@code
 * _DEFAULT_ROLE}, {@code _REDIRECT_URI}, {@code _SCOPES}, {@code _LABEL}.
 *
 * @param redirectUri null: this service's {@code /login/oidc/callback} at the address asked for
 * @param allowedDomains lower-case e-mail domains; {@code *} allows every domain
 * @param roleMap claim values to roles; values not in it must be a role's name
 * @param defaultRole the role when the claim is missing; null refuses such sign-ins
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    URI redirectUri,
    Set<String> allowedDomains,
    String roleClaim,
    Map<String, Role> roleMap,
    Role defaultRole,
    String scopes,
    String label) {

  /** The settings, when {@code BOBSYNC_OIDC_ISSUER} is set; a clear error naming what is wrong. */
  public static Optional<OidcSettings> fromEnv(Map<String, String> env) {
    String issuer = value(env, "BOBSYNC_OIDC_ISSUER");
    if (issuer == null) {
      return Optional.empty();
    }
    String clientId = required(env, "BOBSYNC_OIDC_CLIENT_ID");
    String secret = required(env, "BOBSYNC_OIDC_CLIENT_SECRET");
    Set<String> domains =
        Stream.of(required(env, "BOBSYNC_OIDC_ALLOWED_DOMAINS").split(","))
            .map(d -> d.trim().toLowerCase(Locale.ROOT))
            .map(d -> d.startsWith("@") ? d.substring(1) : d)
            .filter(d -> !d.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    if (domains.isEmpty()) {
      throw new IllegalArgumentException(
          "BOBSYNC_OIDC_ALLOWED_DOMAINS names no domain; give example.com,example.org or *");
    }
    Map<String, Role> map = new LinkedHashMap<>();
    String mapText = value(env, "BOBSYNC_OIDC_ROLE_MAP");
    if (mapText != null) {
      for (String pair : mapText.split(",")) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "BOBSYNC_OIDC_ROLE_MAP: \"" + pair.trim() + "\" is not VALUE=ROLE");
        }
        map.put(
            pair.substring(0, eq).trim(), role(pair.substring(eq + 1), "BOBSYNC_OIDC_ROLE_MAP"));
      }
    }
    String defaultRole = value(env, "BOBSYNC_OIDC_DEFAULT_ROLE");
    String redirect = value(env, "BOBSYNC_OIDC_REDIRECT_URI");
    return Optional.of(
        new OidcSettings(
            uri(issuer, "BOBSYNC_OIDC_ISSUER"),
            clientId,
            secret,
            redirect == null ? null : uri(redirect, "BOBSYNC_OIDC_REDIRECT_URI"),
            domains,
            Optional.ofNullable(value(env, "BOBSYNC_OIDC_ROLE_CLAIM")).orElse("bobsync_role"),
            Map.copyOf(map),
            defaultRole == null ? null : role(defaultRole, "BOBSYNC_OIDC_DEFAULT_ROLE"),
            Optional.ofNullable(value(env, "BOBSYNC_OIDC_SCOPES")).orElse("openid email profile"),
            Optional.ofNullable(value(env, "BOBSYNC_OIDC_LABEL")).orElse("your company account")));
  }

  /** Whether an e-mail's domain may sign in. */
  public boolean domainAllowed(String email) {
    if (allowedDomains.contains("*")) {
      return true;
    }
    int at = email.lastIndexOf('@');
    return at > 0 && allowedDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***]";
  }

  private static Role role(String text, String variable) {
    try {
      return Role.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + ": " + e.getMessage());
    }
  }

  private static URI uri(String text, String variable) {
    try {
      URI uri = URI.create(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + ": \"" + text + "\" is not an address");
    }
  }

  private static String required(Map<String, String> env, String name) {
    String v = value(env, name);
    if (v == null) {
      throw new IllegalArgumentException(name + " is needed when BOBSYNC_OIDC_ISSUER is set");
    }
    return v;
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
