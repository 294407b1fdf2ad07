package dev.bobsync.scheduling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.hibob.WebhookEnvelope;
import dev.bobsync.http.Hmac;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives HiBob's webhooks for one integration ({@code POST /webhooks/hibob/{integrationId}}):
 * checks {@code Bob-Signature} against the integration's webhook secret and queues a targeted sync
 * of the person concerned, which runs within seconds together with the others changed meanwhile.
 */
public final class HibobWebhooks {
  /** The window from {@code BOBSYNC_WEBHOOK_MAX_AGE} ("10m", "90s"), ten minutes by default. */
  public static Duration maxAge(Map<String, String> env) {
    return WebhookReplays.window(env);
  }

  /** The header HiBob signs with: Base64(HMAC-SHA512(secret, raw body)). */
  public static final String SIGNATURE_HEADER = "Bob-Signature";

  /** The largest body accepted; HiBob's envelopes carry ids only and are far smaller. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(HibobWebhooks.class);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

  /** The answer to give HiBob: an HTTP status and a plain message without any secret. */
  public record Receipt(int status, String message) {}

  private final Store store;
  private final SyncScheduler scheduler;
  private final ObjectMapper json = Json.newMapper();
  private final WebhookReplays replays;

  /** Refuses deliveries older than ten minutes, or repeated within them. */
  public HibobWebhooks(Store store, SyncScheduler scheduler) {
    this(store, scheduler, Clock.systemUTC(), WebhookReplays.DEFAULT_WINDOW);
  }

  /**
   * Refuses deliveries whose {@code triggeredAt} is further than {@code window} from now, and
   * repeated deliveries (the same body) within it.
   */
  public HibobWebhooks(Store store, SyncScheduler scheduler, Clock clock, Duration window) {
    this.replays = new WebhookReplays(clock, window);
    this.store = Objects.requireNonNull(store, "store");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /**
   * Handles one webhook: 404 for an unknown or removed integration, 401 (and nothing done) for a
   * missing or wrong signature, 200 once the person's sync is queued, and 200 without a sync for
   * events that concern none and for HiBob's "Ping test" when the webhook is created.
   */
  public Receipt receive(String integrationId, byte[] rawBody, String bobSignature) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(rawBody, "rawBody");
    try {
      return handle(integrationId, rawBody, bobSignature);
    } catch (StoreException e) {
      LOG.warn("Webhook for integration {} not handled: {}", integrationId, e.getMessage());
      return rejected(503, "store", "bobsync cannot take this webhook now; send it again later");
    }
  }

  private Receipt handle(String integrationId, byte[] body, String signature) {
    Optional<Integration> integration =
        ID.matcher(integrationId).matches()
            ? store.integrations().byId(integrationId).filter(i -> !i.removed())
            : Optional.empty();
    if (integration.isEmpty()) {
      return rejected(404, "unknown_integration", "no integration with this id");
    }
    if (body.length > MAX_BODY_BYTES) {
      return rejected(413, "too_large", "a HiBob webhook is smaller than " + MAX_BODY_BYTES);
    }
    if (WebhookEvent.isPing(body, json)) {
      return new Receipt(200, "pong: bobsync receives this integration's webhooks here");
    }
    Optional<String> secret = store.integrations().webhookSecret(integrationId);
    if (secret.isEmpty()) {
      return rejected(
          401,
          "no_secret",
          "webhooks are not set up for this integration: enter the secret from HiBob's webhook"
              + " settings in bobsync first");
    }
    if (!Hmac.matches(Hmac.hibobSignature(secret.get(), body), signature)) {
      return rejected(401, "signature", "the Bob-Signature header is missing or does not match");
    }
    WebhookEnvelope.Read read = WebhookEvent.read(body, json);
    if (read instanceof WebhookEnvelope.Refused refused) {
      return rejected(400, "malformed", "the body is not a HiBob webhook: " + refused.why());
    }
    WebhookEnvelope envelope = ((WebhookEnvelope.Envelope) read).envelope();
    Optional<WebhookEvent> event =
        Optional.of(new WebhookEvent(envelope.type(), envelope.employeeId()));
    Optional<String> family = event.get().family();
    if (family.isEmpty() || event.get().employeeId() == null) {
      scheduler.metrics().webhookReceived("other");
      return new Receipt(200, "ignored: " + event.get().type() + " concerns no sync");
    }
    // only what would start a sync is checked: the rest is answered without doing anything
    Optional<String> replay = replays.refusal(integrationId, body, json);
    if (replay.isPresent()) {
      LOG.info("Webhook for integration {} refused: {}", integrationId, replay.get());
      return rejected(409, "replayed", "refused: " + replay.get());
    }
    scheduler.metrics().webhookReceived(family.get());
    scheduler.syncPeople(
        integrationId, Set.of(event.get().employeeId()), "webhook", family.get().equals("timeoff"));
    LOG.debug("Webhook {} for integration {} queued", event.get().type(), integrationId);
    return new Receipt(200, "queued: the change syncs within seconds");
  }

  private Receipt rejected(int status, String reason, String message) {
    scheduler.metrics().webhookRejected(reason);
    return new Receipt(status, message);
  }
}
