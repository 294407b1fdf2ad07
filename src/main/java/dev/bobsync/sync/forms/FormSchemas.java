package dev.bobsync.sync.forms;

import dev.bobsync.remote.FormSchema;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.FormSchemaCache;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remote's country form schemas, fetched once per country and form and kept in the store with their
 * version: a sync reads a schema from Remote only when it has none or it is a week old, or after
 * Remote refused a block that fitted it.
 */
public final class FormSchemas {
  /** How long a fetched schema is trusted before it is fetched again. */
  public static final Duration MAX_AGE = Duration.ofDays(7);

  private final RemoteClient remote;
  private final FormSchemaCache cache;
  private final String integrationId;
  private final Clock clock;
  private final Map<String, Optional<FormCheck>> compiled = new HashMap<>();

  public FormSchemas(
      RemoteClient remote, FormSchemaCache cache, String integrationId, Clock clock) {
    this.remote = remote;
    this.cache = cache;
    this.integrationId = integrationId;
    this.clock = clock;
  }

  /** The check for one country form, or empty when Remote has no such form there (404). */
  public Optional<FormCheck> get(String countryCode, String form) {
    return compiled.computeIfAbsent(countryCode + "/" + form, k -> load(countryCode, form));
  }

  /** Forgets a schema Remote no longer agrees with; the next sync fetches it again. */
  public void forget(String countryCode, String form) {
    compiled.remove(countryCode + "/" + form);
    cache.forget(integrationId, countryCode, form);
  }

  private Optional<FormCheck> load(String countryCode, String form) {
    Optional<FormCheck> kept =
        cache
            .find(integrationId, countryCode, form)
            .filter(e -> e.fetchedAt().plus(MAX_AGE).isAfter(clock.instant()))
            .map(
                e ->
                    e.found()
                        ? Optional.of(
                            FormCheck.of(
                                new FormSchema(countryCode, form, e.version(), e.schemaJson())))
                        : Optional.<FormCheck>empty())
            .orElse(null);
    if (kept != null) {
      return kept;
    }
    Optional<FormSchema> fetched = remote.formSchema(countryCode, form);
    cache.save(
        integrationId,
        countryCode,
        form,
        fetched.map(FormSchema::version).orElse(null),
        fetched.map(FormSchema::schemaJson).orElse(null));
    return fetched.map(FormCheck::of);
  }
}
