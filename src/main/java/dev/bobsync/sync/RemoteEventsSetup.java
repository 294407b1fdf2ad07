package dev.bobsync.sync;

import dev.bobsync.BobsyncException;
import dev.bobsync.connect.Clients;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.remote.WebhookCallback;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.RemoteCallback;
import dev.bobsync.store.Store;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers and deletes an integration's webhook callback with Remote, so that Remote tells bobsync
 * within seconds when an employment's onboarding starts or completes, its status changes or it is
 * updated. Needs the address Remote can reach bobsync at ({@value #ENV}); without it Remote events
 * are off and the scheduled syncs notice Remote's changes instead.
 */
public final class RemoteEventsSetup {
  /** The environment variable with the service's public URL, e.g. https://bobsync.example.com. */
  public static final String ENV = "BOBSYNC_PUBLIC_URL";

  /** The events bobsync subscribes to. */
  public static final List<String> EVENTS =
      List.of(
          "employment.onboarding.started",
          "employment.onboarding.completed",
          "employment.status.updated",
          "employment.updated");

  /** What registering or deleting did, in words for the page. */
  public record Outcome(boolean ok, String message) {}

  private static final Logger LOG = LoggerFactory.getLogger(RemoteEventsSetup.class);
  private static final String ACTOR = "bobsync (Remote events)";

  private final Store store;
  private final Clients clients;
  private final Optional<URI> publicUrl;

  /** {@code publicUrl} empty: Remote events are off. */
  public RemoteEventsSetup(Store store, Clients clients, Optional<URI> publicUrl) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
  }

  /** The public URL from {@value #ENV}, or empty when unset; a malformed one is a clear error. */
  public static Optional<URI> publicUrl(Map<String, String> env) {
    String value = env.get(ENV);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(value.strip());
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!http || uri.getHost() == null || uri.getQuery() != null) {
        throw new IllegalArgumentException("not an http(s) address");
      }
      return Optional.of(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          ENV
              + " takes the address Remote can reach bobsync at, like https://bobsync.example.com,"
              + " not \""
              + value
              + "\"");
    }
  }

  /** Whether Remote events can be on (a public URL is set). */
  public boolean enabled() {
    return publicUrl.isPresent();
  }

  /** Where Remote posts this integration's events; empty when Remote events are off. */
  public Optional<String> callbackUrl(String integrationId) {
    return publicUrl.map(
        u -> u.toString().replaceAll("/+$", "") + "/webhooks/remote/" + integrationId);
  }

  /**
   * Registers the integration's callback (deleting the one registered before, if any), keeps its
   * signing key encrypted, and records the outcome; never throws for Remote's refusals.
   */
  public Outcome register(Integration integration) {
    Optional<String> url = callbackUrl(integration.id());
    if (url.isEmpty()) {
      return new Outcome(
          false,
          "Remote events are off: bobsync has no public address ("
              + ENV
              + "); scheduled syncs notice Remote's changes.");
    }
    RemoteCallback before = store.remoteCallbacks().of(integration.id());
    try {
      Optional<RemoteClient> remote = client(integration);
      if (remote.isEmpty()) {
        return new Outcome(false, "This integration has no Remote connection.");
      }
      if (before.registered()) {
        remote.get().deleteWebhook(before.id());
        store.remoteCallbacks().forget(integration.id());
      }
      WebhookCallback callback = remote.get().registerWebhook(url.get(), EVENTS);
      store
          .remoteCallbacks()
          .registered(integration.id(), callback.id(), url.get(), callback.signingKey());
      audit(integration.id(), "register webhook callback", callback.id(), url.get());
      LOG.info("Remote events of integration {} registered at {}", integration.id(), url.get());
      return new Outcome(true, "Remote sends its events to " + url.get() + ".");
    } catch (BobsyncException e) {
      String why = "Registering Remote events failed: " + e.getMessage();
      store.remoteCallbacks().problem(integration.id(), why);
      LOG.warn("Integration {}: {}", integration.id(), why);
      return new Outcome(false, why);
    }
  }

  /**
   * Registers the callback of a newly connected integration when Remote events are on and it syncs
   * to Remote; a failure is recorded for its Settings tab and never stops the connection.
   */
  public void onConnect(Integration integration) {
    if (enabled() && integration.remoteUrl() != null) {
      register(integration);
    }
  }

  /**
   * Deletes the integration's callback in Remote before the integration is removed. A failure is
   * reported (and logged) but never stops the removal.
   */
  public Outcome unregister(Integration integration) {
    RemoteCallback callback = store.remoteCallbacks().of(integration.id());
    if (!callback.registered()) {
      return new Outcome(true, "No Remote events were registered.");
    }
    try {
      Optional<RemoteClient> remote = client(integration);
      if (remote.isEmpty()) {
        throw new BobsyncException("the integration has no Remote connection");
      }
      boolean deleted = remote.get().deleteWebhook(callback.id());
      store.remoteCallbacks().forget(integration.id());
      audit(integration.id(), "delete webhook callback", callback.id(), callback.url());
      return new Outcome(
          true,
          deleted
              ? "Remote's webhook callback was deleted."
              : "Remote no longer had the webhook callback.");
    } catch (BobsyncException e) {
      String why =
          "Deleting the webhook callback in Remote failed ("
              + e.getMessage()
              + "); delete it in Remote's webhook settings: "
              + callback.url();
      LOG.warn("Integration {}: {}", integration.id(), why);
      store.remoteCallbacks().problem(integration.id(), why);
      store.remoteCallbacks().forget(integration.id());
      return new Outcome(false, why);
    }
  }

  private Optional<RemoteClient> client(Integration integration) {
    Credentials creds = store.integrations().credentials(integration.id());
    return clients.remote(integration, creds, RemoteClient.REQUESTS_PER_MINUTE);
  }

  private void audit(String integrationId, String action, String callbackId, String url) {
    store
        .audit()
        .record(
            new AuditEntry(
                null,
                integrationId,
                null,
                null,
                ACTOR,
                "remote",
                action,
                callbackId,
                null,
                List.of("url", "subscribed_events"),
                null,
                dev.bobsync.http.Json.newMapper().createObjectNode().put("url", url).toString()));
  }
}
