package dev.bobsync.store;

import dev.bobsync.store.internal.CredentialCipher;
import dev.bobsync.store.internal.Db;
import dev.bobsync.store.internal.SecretMasker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** The integrations of every workspace, with their credentials encrypted at rest (C4). */
public final class Integrations {
  private static final String COLUMNS =
      "id, workspace_id, name, hibob_url, remote_url, sync_interval_seconds, settings_json,"
          + " last_check_json, last_check_at, created_at, updated_at, removed_at";

  private static final String WEBHOOK_SECRET = "webhook secret";

  private final Db db;
  private final Clock clock;
  private final CredentialCipher cipher;
  private final SecretMasker masker;

  Integrations(Db db, Clock clock, CredentialCipher cipher, SecretMasker masker) {
    this.db = db;
    this.clock = clock;
    this.cipher = cipher;
    this.masker = masker;
  }

  /** A new integration; its name must be unique among the workspace's active integrations. */
  public Integration create(String workspaceId, NewIntegration n) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(n, "n");
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    Integration integration =
        new Integration(
            id,
            workspaceId,
            n.name(),
            n.hibobUrl(),
            n.remoteUrl(),
            Duration.ofSeconds(n.syncInterval().toSeconds()),
            n.settingsJson(),
            null,
            null,
            now,
            now,
            null);
    byte[] ciphertext = cipher.encrypt(n.credentials(), id);
    return db.inTransaction(
        "create integration '" + n.name() + "'",
        handle -> {
          requireWorkspace(handle, workspaceId);
          if (activeByName(handle, workspaceId, n.name()).isPresent()) {
            throw duplicate(n.name());
          }
          try {
            insert(handle, integration, ciphertext);
          } catch (JdbiException e) {
            throw Db.isUniqueViolation(e) ? duplicate(n.name()) : e;
          }
          return integration;
        });
  }

  /** The active integration with this name in the workspace. */
  public Optional<Integration> byName(String workspaceId, String name) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(name, "name");
    return db.withHandle(
        "read integration '" + name + "'", handle -> activeByName(handle, workspaceId, name));
  }

  /** The integration with this id, also when removed with its history kept. */
  public Optional<Integration> byId(String id) {
    Objects.requireNonNull(id, "id");
    return db.withHandle("read integration " + id, handle -> find(handle, id));
  }

  /** The workspace's active integrations, by name. */
  public List<Integration> list(String workspaceId) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    return db.withHandle(
        "list integrations",
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM integrations"
                        + " WHERE workspace_id = :workspaceId AND removed_at IS NULL ORDER BY name")
                .bind("workspaceId", workspaceId)
                .map(Integrations::map)
                .list());
  }

  /** The workspace's removed integrations whose history was kept, most recently removed first. */
  public List<Integration> listRemoved(String workspaceId) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    return db.withHandle(
        "list removed integrations",
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM integrations WHERE workspace_id = :workspaceId"
                        + " AND removed_at IS NOT NULL ORDER BY removed_at DESC, name")
                .bind("workspaceId", workspaceId)
                .map(Integrations::map)
                .list());
  }

  /** Every workspace's active integrations: what the scheduler runs. */
  public List<Integration> listActive() {
    return db.withHandle(
        "list active integrations",
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM integrations"
                        + " WHERE removed_at IS NULL ORDER BY workspace_id, name")
                .map(Integrations::map)
                .list());
  }

  /** The decrypted credentials of an active integration. */
  public Credentials credentials(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read credentials of integration " + integrationId,
        handle -> {
          Integration integration = requireActive(handle, integrationId);
          byte[] ciphertext =
              handle
                  .createQuery("SELECT credentials FROM integrations WHERE id = :id")
                  .bind("id", integrationId)
                  .mapTo(byte[].class)
                  .one();
          return cipher.decrypt(ciphertext, integrationId, integration.name());
        });
  }

  /** Replaces the credentials of an active integration. */
  public void updateCredentials(String id, Credentials c) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(c, "c");
    update(id, "credentials", "credentials = :value", cipher.encrypt(c, id));
  }

  /**
   * Stores HiBob's webhook secret of an active integration (what HiBob shows in its webhook
   * settings), encrypted like the credentials. It is never returned to a page or an API.
   */
  public void setWebhookSecret(String id, String secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("A webhook secret must not be blank");
    }
    byte[] ciphertext = cipher.encryptSecret(secret.strip(), id, WEBHOOK_SECRET);
    update(id, WEBHOOK_SECRET, "webhook_secret = :value", ciphertext);
  }

  /** Forgets the webhook secret: HiBob's webhooks to this integration are then refused. */
  public void clearWebhookSecret(String id) {
    Objects.requireNonNull(id, "id");
    db.useTransaction(
        "clear " + WEBHOOK_SECRET + " of integration " + id,
        handle -> {
          requireActive(handle, id);
          handle
              .createUpdate(
                  "UPDATE integrations SET webhook_secret = NULL, updated_at = :now WHERE id = :id")
              .bind("id", id)
              .bind("now", clock.instant())
              .execute();
        });
  }

  /** Whether an active integration has a webhook secret (pages show this, never the secret). */
  public boolean hasWebhookSecret(String id) {
    Objects.requireNonNull(id, "id");
    return db.withHandle(
        "read " + WEBHOOK_SECRET + " of integration " + id,
        handle -> storedWebhookSecret(handle, id).isPresent());
  }

  /**
   * The decrypted webhook secret of an integration, for checking a webhook's signature; empty when
   * none is set or the integration is unknown or removed.
   */
  public Optional<String> webhookSecret(String id) {
    Objects.requireNonNull(id, "id");
    return db.withHandle(
        "read " + WEBHOOK_SECRET + " of integration " + id,
        handle ->
            storedWebhookSecret(handle, id)
                .map(
                    ciphertext -> {
                      String name = find(handle, id).map(Integration::name).orElse(id);
                      return cipher.decryptSecret(ciphertext, id, WEBHOOK_SECRET, name);
                    }));
  }

  private static Optional<byte[]> storedWebhookSecret(Handle handle, String id) {
    return handle
        .createQuery(
            "SELECT webhook_secret FROM integrations"
                + " WHERE id = :id AND removed_at IS NULL AND webhook_secret IS NOT NULL")
        .bind("id", id)
        .mapTo(byte[].class)
        .findOne();
  }

  /** Stores the latest connection-check result (JSON, secrets masked) and when it ran. */
  public void recordCheck(String id, String checkJson) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(checkJson, "checkJson");
    String masked = masker.mask(checkJson, "connection check of integration " + id);
    update(id, "check result", "last_check_json = :value, last_check_at = :now", masked);
  }

  /** Replaces the settings JSON. */
  public void updateSettings(String id, String settingsJson) {
    update(id, "settings", "settings_json = :value", settingsJson);
  }

  /** Sets how often the integration syncs (whole seconds). */
  public void updateInterval(String id, Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("sync interval must not be negative: " + interval);
    }
    update(id, "sync interval", "sync_interval_seconds = :value", interval.toSeconds());
  }

  /**
   * Removes an integration (C5). Its credentials and webhook secret are always deleted. Without
   * history, the integration and all its people, runs and audit entries are deleted; with history
   * they are kept and the integration is marked removed, so it is no longer active and its name is
   * free again.
   */
  public void remove(String id, boolean keepHistory) {
    Objects.requireNonNull(id, "id");
    db.useTransaction(
        "remove integration " + id,
        handle -> {
          find(handle, id).orElseThrow(() -> notFound(id));
          if (keepHistory) {
            handle
                .createUpdate(
                    "UPDATE integrations SET credentials = NULL, webhook_secret = NULL,"
                        + " remote_signing_key = NULL, active_name = NULL,"
                        + " removed_at = COALESCE(removed_at, :now), updated_at = :now"
                        + " WHERE id = :id")
                .bind("id", id)
                .bind("now", clock.instant())
                .execute();
            handle
                .createUpdate("DELETE FROM pending_changes WHERE integration_id = :id")
                .bind("id", id)
                .execute();
          } else {
            // people, sync_runs and audit_log rows go with it (ON DELETE CASCADE)
            handle.createUpdate("DELETE FROM integrations WHERE id = :id").bind("id", id).execute();
          }
        });
  }

  private void update(String id, String what, String assignments, Object value) {
    Objects.requireNonNull(id, "id");
    db.useTransaction(
        "update " + what + " of integration " + id,
        handle -> {
          requireActive(handle, id);
          handle
              .createUpdate(
                  "UPDATE integrations SET " + assignments + ", updated_at = :now WHERE id = :id")
              .bind("id", id)
              .bind("now", clock.instant())
              .bindByType("value", value, value == null ? String.class : value.getClass())
              .execute();
        });
  }

  private static void insert(Handle handle, Integration i, byte[] ciphertext) {
    handle
        .createUpdate(
            "INSERT INTO integrations (id, workspace_id, name, active_name, hibob_url, remote_url,"
                + " credentials, sync_interval_seconds, settings_json, created_at, updated_at)"
                + " VALUES (:id, :workspaceId, :name, :name, :hibobUrl, :remoteUrl, :credentials,"
                + " :seconds, :settingsJson, :createdAt, :updatedAt)")
        .bindMethods(i)
        .bind("credentials", ciphertext)
        .bind("seconds", i.syncInterval().toSeconds())
        .execute();
  }

  private static void requireWorkspace(Handle handle, String workspaceId) {
    boolean exists =
        handle
                .createQuery("SELECT COUNT(*) FROM workspaces WHERE id = :id")
                .bind("id", workspaceId)
                .mapTo(int.class)
                .one()
            > 0;
    if (!exists) {
      throw new StoreException("no workspace " + workspaceId);
    }
  }

  private static Integration requireActive(Handle handle, String id) {
    Integration integration = find(handle, id).orElseThrow(() -> notFound(id));
    if (integration.removed()) {
      throw new StoreException(
          "integration '"
              + integration.name()
              + "' ("
              + id
              + ") was removed; its credentials"
              + " are deleted");
    }
    return integration;
  }

  private static Optional<Integration> find(Handle handle, String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM integrations WHERE id = :id")
        .bind("id", id)
        .map(Integrations::map)
        .findOne();
  }

  private static Optional<Integration> activeByName(
      Handle handle, String workspaceId, String name) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM integrations"
                + " WHERE workspace_id = :workspaceId AND active_name = :name")
        .bind("workspaceId", workspaceId)
        .bind("name", name)
        .map(Integrations::map)
        .findOne();
  }

  private static StoreException notFound(String id) {
    return new StoreException("no integration " + id);
  }

  private static DuplicateIntegrationException duplicate(String name) {
    return new DuplicateIntegrationException(
        "an integration named '"
            + name
            + "' already exists in this workspace; choose another"
            + " name or remove it first");
  }

  private static Integration map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Integration(
        rs.getString("id"),
        rs.getString("workspace_id"),
        rs.getString("name"),
        rs.getString("hibob_url"),
        rs.getString("remote_url"),
        Duration.ofSeconds(rs.getLong("sync_interval_seconds")),
        rs.getString("settings_json"),
        rs.getString("last_check_json"),
        Db.instant(rs, "last_check_at"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "updated_at"),
        Db.instant(rs, "removed_at"));
  }
}
