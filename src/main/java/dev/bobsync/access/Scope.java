package dev.bobsync.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token may do; a token carries one or more. */
public enum Scope {
  /** The integrations, their status and sync history. */
  INTEGRATIONS_READ("integrations:read"),
  /** Adding and removing integrations. */
  INTEGRATIONS_WRITE("integrations:write"),
  /** Starting a sync or a connection check. */
  SYNC_RUN("sync:run"),
  /** Everyone's sync status, by name. */
  PEOPLE_READ("people:read"),
  /** The audit of what was written to Remote and HiBob. */
  AUDIT_READ("audit:read"),
  /** The compensation export, named or anonymous. */
  COMPENSATION_READ("compensation:read"),
  /** The compensation export, anonymous only. */
  COMPENSATION_READ_ANONYMOUS("compensation:read:anonymous");

  private final String code;

  Scope(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether a token with this scope may do what {@code needed} allows. */
  public boolean grants(Scope needed) {
    return this == needed || (this == COMPENSATION_READ && needed == COMPENSATION_READ_ANONYMOUS);
  }

  /** Whether any of {@code held} grants {@code needed}. */
  public static boolean granted(Set<Scope> held, Scope needed) {
    return held.stream().anyMatch(s -> s.grants(needed));
  }

  public static Scope parse(String text) {
    String code = text == null ? "" : text.trim();
    for (Scope scope : values()) {
      if (scope.code.equals(code)) {
        return scope;
      }
    }
    throw new IllegalArgumentException(
        "\"" + text + "\" is not a scope; the scopes are " + codes(EnumSet.allOf(Scope.class)));
  }

  /** "a b c" or "a,b,c" into scopes; blank is none. */
  public static Set<Scope> parseAll(String text) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (text != null) {
      for (String part : text.split("[,\\s]+")) {
        if (!part.isBlank()) {
          scopes.add(parse(part));
        }
      }
    }
    return scopes;
  }

  public static String codes(Set<Scope> scopes) {
    return scopes.stream().map(Scope::code).collect(Collectors.joining(" "));
  }

  public static String allCodes() {
    return Arrays.stream(values()).map(Scope::code).collect(Collectors.joining(", "));
  }
}
