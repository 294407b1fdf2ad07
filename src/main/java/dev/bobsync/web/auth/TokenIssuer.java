package dev.bobsync.web.auth;

import dev.bobsync.access.Scope;
import dev.bobsync.compensation.Format;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.ApiToken;
import dev.bobsync.store.Integration;
import dev.bobsync.store.NewApiToken;
import dev.bobsync.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates API tokens for the page and the command line: checks what the token may do, keeps only
 * its digest, records who made it, and hands the token back once.
 */
public final class TokenIssuer {
  /** Every API token starts with this, so a leaked one is easy to recognise. */
  public static final String PREFIX = "bob_";

  private static final Pattern DAYS = Pattern.compile("^(\\d+)d$");

  /** What to create; {@code expires} is "90d", a date ("2027-06-30") or blank for never. */
  public record Request(
      String name, Set<Scope> scopes, String expires, String integration, String exportFormat) {}

  /** The token, to show once, and what was stored of it. */
  public record Issued(String token, ApiToken stored, Integration integration) {}

  private final Store store;
  private final Clock clock;

  public TokenIssuer(Store store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Creates the token; {@code integration} is an integration's name or id in the workspace. Bad
   * input is an {@link IllegalArgumentException} naming the field.
   */
  public Issued issue(String workspaceId, Request r, String createdBy, String address) {
    Integration integration = null;
    if (r.integration() != null && !r.integration().isBlank()) {
      String key = r.integration().trim();
      integration =
          store
              .integrations()
              .byName(workspaceId, key)
              .or(() -> store.integrations().byId(key))
              .filter(i -> i.workspaceId().equals(workspaceId) && !i.removed())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException("integration: no integration \"" + key + "\""));
    }
    String format = null;
    if (r.exportFormat() != null && !r.exportFormat().isBlank()) {
      format = Format.parse(r.exportFormat().trim()).name().toLowerCase(Locale.ROOT);
    }
    Instant expiresAt = expiry(r.expires());
    String token = Tokens.random(PREFIX);
    ApiToken stored =
        store
            .apiTokens()
            .create(
                new NewApiToken(
                    workspaceId,
                    r.name(),
                    Tokens.sha256(token),
                    token.substring(0, 10),
                    createdBy,
                    r.scopes(),
                    expiresAt,
                    integration == null ? null : integration.id(),
                    format));
    store
        .accessLog()
        .record(
            AccessEvent.of(
                workspaceId,
                createdBy == null ? "command line" : createdBy,
                "API token created",
                "allowed",
                describe(stored, integration),
                address));
    return new Issued(token, stored, integration);
  }

  /** "scopes a b; expires ...; integration acme; format csv". */
  public static String describe(ApiToken t, Integration integration) {
    return "\""
        + t.name()
        + "\" ("
        + t.prefix()
        + "…): scopes "
        + Scope.codes(new java.util.TreeSet<>(t.scopes()))
        + (t.expiresAt() == null ? "" : "; expires " + t.expiresAt())
        + (t.integrationId() == null
            ? ""
            : "; integration " + (integration == null ? t.integrationId() : integration.name()))
        + (t.exportFormat() == null ? "" : "; format " + t.exportFormat());
  }

  private Instant expiry(String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("never")) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher days = DAYS.matcher(t);
    Instant at;
    if (days.matches()) {
      at = clock.instant().plus(Duration.ofDays(Long.parseLong(days.group(1))));
    } else {
      try {
        at = LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "expires: \"" + text + "\" is neither a number of days (90d) nor a date (2027-06-30)");
      }
    }
    if (!at.isAfter(clock.instant())) {
      throw new IllegalArgumentException("expires: " + text + " is not in the future");
    }
    return at;
  }
}
