package dev.bobsync.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Hmac;
import dev.bobsync.http.Json;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Remote's webhook events for one integration ({@code POST /webhooks/remote/{id}}): checks
 * {@code X-Remote-Signature} (hex HMAC-SHA256 of the raw body, ":" and {@code X-Remote-Timestamp})
 * with the callback's signing key, refuses stale and replayed deliveries, and queues a targeted
 * sync of the person whose employment changed; that sync reads the employment from Remote first, so
 * an onboarding completed in Remote lets the person's waiting HiBob changes through within seconds.
 * Deliveries are coalesced with HiBob's webhooks in one queue.
 *
 * <p>Answers: 404 unknown integration; 413 too large; 401 no callback registered, or a missing or
 * wrong signature; 400 a body that is not an event; 409 a stale timestamp or the same delivery
 * (body and timestamp) again, as the HiBob receiver answers; 200 queued, or ignored (an event type
 * or an employment that concerns no sync, logged with its reason).
 */
public final class RemoteEvents {
  /** The pending-change reason of Remote's events, and so the trigger of the runs they start. */
  public static final String REASON = "remote-webhook";

  public static final String SIGNATURE_HEADER = "X-Remote-Signature";
  public static final String TIMESTAMP_HEADER = "X-Remote-Timestamp";

  /** The events bobsync subscribes to: each may let a person's waiting changes through. */
  public static final Set<String> EVENTS =
      Set.of(
          "employment.onboarding.started",
          "employment.onboarding.completed",
          "employment.status.updated",
          "employment.updated");

  /**
   * How long after bobsync's own write to an employment Remote's {@code employment.updated} is
   * taken for its echo: Remote sends that event for every change, bobsync's included, and reading
   * the employment again would only spend Remote's 20 calls a minute.
   */
  public static final Duration ECHO = Duration.ofSeconds(30);

  private static final String UPDATED = "employment.updated";

  /** Remote's events are flat and small. */
  public static final int MAX_BODY_BYTES = 16 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RemoteEvents.class);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
  private static final Pattern MILLIS = Pattern.compile("[0-9]{1,15}");

  /** The answer to give Remote: an HTTP status and a plain message without any secret. */
  public record Receipt(int status, String message) {}

  private final Store store;
  private final Clock clock;
  private final SyncScheduler scheduler;
  private final WebhookReplays replays;
  private final ObjectMapper json = Json.newMapper();

  /**
   * Refuses deliveries whose timestamp is further than {@code maxAge} from now (the same {@code
   * BOBSYNC_WEBHOOK_MAX_AGE} as HiBob's), and the same delivery again within it.
   */
  public RemoteEvents(Store store, SyncScheduler scheduler, Clock clock, Duration maxAge) {
    this.store = Objects.requireNonNull(store, "store");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.replays = new WebhookReplays(clock, maxAge);
  }

  /** Handles one delivery; never throws for bad input. */
  public Receipt receive(String integrationId, byte[] body, String signature, String timestamp) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(body, "body");
    try {
      return handle(integrationId, body, signature, timestamp);
    } catch (StoreException e) {
      LOG.warn("Remote event for integration {} not handled: {}", integrationId, e.getMessage());
      return rejected(503, "store", "bobsync cannot take this event now; send it again later");
    }
  }

  private Receipt handle(String integrationId, byte[] body, String signature, String timestamp) {
    boolean known =
        ID.matcher(integrationId).matches()
            && store.integrations().byId(integrationId).filter(i -> !i.removed()).isPresent();
    if (!known) {
      return rejected(404, "unknown_integration", "no integration with this id");
    }
    if (body.length > MAX_BODY_BYTES) {
      return rejected(413, "too_large", "a Remote event is smaller than " + MAX_BODY_BYTES);
    }
    Optional<String> key = store.remoteCallbacks().signingKey(integrationId);
    if (key.isEmpty()) {
      return rejected(
          401,
          "no_callback",
          "Remote events are not registered for this integration: register them on its Settings");
    }
    String stamp = timestamp == null ? "" : timestamp.strip();
    if (!MILLIS.matcher(stamp).matches()
        || !Hmac.matches(Hmac.remoteSignature(key.get(), body, stamp), signature)) {
      LOG.info("Remote event for integration {} refused: bad signature", integrationId);
      return rejected(
          401,
          "signature",
          "the X-Remote-Signature or X-Remote-Timestamp header is missing or does not match");
    }
    byte[] suffix = (":" + stamp).getBytes(StandardCharsets.US_ASCII);
    byte[] signed = java.util.Arrays.copyOf(body, body.length + suffix.length);
    System.arraycopy(suffix, 0, signed, body.length, suffix.length);
    Instant sent = Instant.ofEpochMilli(Long.parseLong(stamp));
    Optional<String> refusal = replays.refusal(integrationId, Optional.of(sent), signed);
    if (refusal.isPresent()) {
      LOG.info("Remote event for integration {} refused: {}", integrationId, refusal.get());
      return rejected(409, "replayed", "refused: " + refusal.get());
    }
    JsonNode event;
    try {
      event = json.readTree(body);
    } catch (IOException e) {
      event = null;
    }
    if (event == null || !event.isObject() || !event.path("event_type").isTextual()) {
      return rejected(400, "malformed", "the body is not a Remote event: no event_type");
    }
    String type = event.get("event_type").asText();
    if (!EVENTS.contains(type)) {
      LOG.info(
          "Remote event {} for integration {} ignored: not one bobsync acts on",
          type,
          integrationId);
      scheduler.metrics().webhookReceived("remote-other");
      return new Receipt(200, "ignored: " + type + " concerns no sync");
    }
    String employmentId = event.path("employment_id").asText("");
    if (employmentId.isBlank() || employmentId.length() > 100) {
      return rejected(400, "malformed", "the event " + type + " names no employment_id");
    }
    Optional<PersonRecord> person = store.people().findByRemoteId(integrationId, employmentId);
    if (person.isEmpty()) {
      LOG.info(
          "Remote event {} for integration {} ignored: employment {} is nobody bobsync syncs",
          type,
          integrationId,
          employmentId);
      scheduler.metrics().webhookReceived("remote-unknown");
      return new Receipt(200, "ignored: employment " + employmentId + " is nobody bobsync syncs");
    }
    if (UPDATED.equals(type) && echoesOwnWrite(integrationId, employmentId)) {
      LOG.debug(
          "Remote event {} for integration {} ignored: it follows bobsync's own write",
          type,
          integrationId);
      scheduler.metrics().webhookReceived("remote-echo");
      return new Receipt(200, "ignored: " + type + " follows bobsync's own write");
    }
    String hibobId = person.get().hibobId();
    if (coveredByAWaitingRun(integrationId, hibobId, type)) {
      scheduler.metrics().webhookReceived("remote-coalesced");
      return new Receipt(200, "queued: joins the run already waiting for this person");
    }
    scheduler.metrics().webhookReceived("remote");
    scheduler.syncPeople(integrationId, Set.of(hibobId), REASON);
    LOG.debug("Remote event {} for integration {} queued", type, integrationId);
    return new Receipt(200, "queued: the person syncs within seconds");
  }

  /**
   * Whether a Remote event already waits for the person: its run reads the employment afresh, so a
   * second run would only spend Remote's calls. While a run is under way, only an {@code
   * employment.updated} is folded in (most likely the echo of that run's write); a status event is
   * queued, as the run may have read the employment before the status changed.
   */
  private boolean coveredByAWaitingRun(String integrationId, String hibobId, String type) {
    boolean waiting =
        store.pendingChanges().list(integrationId).stream()
            .anyMatch(c -> c.hibobId().equals(hibobId) && REASON.equals(c.reason()));
    return waiting && (UPDATED.equals(type) || !scheduler.running(integrationId));
  }

  private boolean echoesOwnWrite(String integrationId, String employmentId) {
    return store
        .audit()
        .lastRemoteWrite(integrationId, employmentId)
        .map(at -> !at.isBefore(clock.instant().minus(ECHO)))
        .orElse(false);
  }

  private Receipt rejected(int status, String reason, String message) {
    scheduler.metrics().webhookRejected("remote-" + reason);
    return new Receipt(status, message);
  }
}
