package dev.bobsync.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person who logs in may do, each role including the ones below it: a viewer reads statuses
 * and history, an operator also syncs, checks and reads everything (exports included), an admin
 * also changes settings, credentials, users and API tokens.
 */
public enum Role {
  VIEWER,
  OPERATOR,
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean atLeast(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The name used in commands, the database and identity-provider claims. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code admin}, {@code operator} or {@code viewer}; anything else is a clear error. */
  public static Role parse(String text) {
    String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a role; the roles are " + codes());
  }

  public static String codes() {
    return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
  }
}
