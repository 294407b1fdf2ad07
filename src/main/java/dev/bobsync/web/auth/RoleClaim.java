package dev.bobsync.web.auth;

import dev.bobsync.access.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The role an identity provider's claim gives: the claim (a dotted path into nested claims) holds
 * one value or a list; each value maps through the role map or is a role's name; the highest role
 * wins. A claim whose values give no role is refused, naming them.
 */
final class RoleClaim {
  private final OidcSettings settings;

  RoleClaim(OidcSettings settings) {
    this.settings = settings;
  }

  Role role(Map<String, Object> claims) {
    Object value = find(claims, settings.roleClaim());
    List<String> values = new ArrayList<>();
    if (value instanceof Collection<?> many) {
      many.forEach(v -> values.add(String.valueOf(v)));
    } else if (value != null) {
      values.add(String.valueOf(value));
    }
    if (values.isEmpty()) {
      if (settings.defaultRole() != null) {
        return settings.defaultRole();
      }
      throw new IllegalArgumentException(
          "The identity provider sent no \""
              + settings.roleClaim()
              + "\" claim, so bobsync"
              + " cannot tell your role. Ask your admin to give you one.");
    }
    Optional<Role> best =
        values.stream().map(this::map).flatMap(Optional::stream).max(Enum::compareTo);
    return best.orElseThrow(
        () ->
            new IllegalArgumentException(
                "The \""
                    + settings.roleClaim()
                    + "\" claim "
                    + (values.size() == 1 ? "value \"" + values.get(0) + "\" is" : values + " are")
                    + " not a bobsync role ("
                    + Role.codes()
                    + (settings.roleMap().isEmpty() ? "" : ", or " + settings.roleMap().keySet())
                    + ")."));
  }

  private Optional<Role> map(String value) {
    Role mapped = settings.roleMap().get(value);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    try {
      return Optional.of(Role.parse(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Object find(Map<String, Object> claims, String path) {
    Object current = claims;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }
}
