package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.WebhookDispatcher;
import dev.bobsync.http.Hmac;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The webhook callbacks companies registered, and the signed events sent to them: body {@code
 * {"event_type", "company_id", "employment_id"}}, {@code X-Remote-Timestamp} in ms and {@code
 * X-Remote-Signature} = hex HMAC-SHA256 of {@code body + ":" + timestamp}.
 */
final class RemoteWebhooks implements EmploymentEvents {
  static final Set<String> EVENTS =
      Set.of(STATUS_UPDATED, ONBOARDING_STARTED, ONBOARDING_COMPLETED, UPDATED);

  /**
   * Every event Remote lets a callback subscribe to (its API description's enum); the emulator
   * sends {@link #EVENTS}, but registers any of these, as Remote does.
   */
  static final Set<String> SUBSCRIBABLE = subscribable();

  /** One registered callback; {@code all}: subscribed to every event. */
  record Callback(
      String id,
      String companyId,
      String url,
      String signingKey,
      List<String> subscribedEvents,
      boolean all) {
    boolean wants(String eventType) {
      return all || subscribedEvents.contains(eventType);
    }
  }

  private final Map<String, Callback> callbacks = new LinkedHashMap<>();
  private final WebhookDispatcher dispatcher;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Ids ids;

  RemoteWebhooks(WebhookDispatcher dispatcher, ObjectMapper mapper, Clock clock, Ids ids) {
    this.dispatcher = dispatcher;
    this.mapper = mapper;
    this.clock = clock;
    this.ids = ids;
  }

  /** Registers a {@code POST /v1/webhook-callbacks} body; 422 when url or events are wrong. */
  synchronized Callback register(String companyId, ObjectNode body) {
    ValidationErrors errors = new ValidationErrors();
    String url = JsonBodies.text(body, "url", "url", errors);
    if (url == null || !isHttpUrl(url)) {
      errors.add("url", "must be an absolute http(s) URL");
    }
    List<String> events = new ArrayList<>();
    JsonNode allNode = body.get("subscribe_to_all_events");
    if (allNode != null && !allNode.isBoolean()) {
      errors.add("subscribe_to_all_events", "must be true or false");
    }
    boolean all = allNode != null && allNode.asBoolean(false);
    JsonNode subscribed = body.get("subscribed_events");
    if (subscribed != null && !subscribed.isArray()) {
      errors.add("subscribed_events", "must be a list of event types");
    } else if (subscribed != null) {
      for (JsonNode event : subscribed) {
        if (event.isTextual() && SUBSCRIBABLE.contains(event.asText())) {
          events.add(event.asText());
        } else {
          errors.add("subscribed_events", event.asText() + " is not a Remote event type");
        }
      }
    }
    if (!all && events.isEmpty() && (subscribed == null || subscribed.isArray())) {
      // [I] a callback that would receive nothing: refused rather than registered silently
      errors.add("subscribed_events", "list at least one event, or subscribe_to_all_events");
    }
    errors.throwIfAny("Webhook callback could not be registered");
    Callback callback =
        new Callback(
            ids.next("webhook-callback"),
            companyId,
            url,
            ids.nextSecret("signing-key"),
            List.copyOf(events),
            all);
    callbacks.put(callback.id(), callback);
    return callback;
  }

  /** Removes a company's callback; false when it has none with that id. */
  synchronized boolean delete(String companyId, String callbackId) {
    Callback callback = callbacks.get(callbackId);
    if (callback == null || !callback.companyId().equals(companyId)) {
      return false;
    }
    callbacks.remove(callbackId);
    return true;
  }

  synchronized List<Callback> callbacks(String companyId) {
    return callbacks.values().stream().filter(c -> c.companyId().equals(companyId)).toList();
  }

  @Override
  public void publish(String companyId, String eventType, String employmentId) {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("event_type", eventType);
    payload.put("company_id", companyId);
    payload.put("employment_id", employmentId);
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write webhook payload", e);
    }
    String timestamp = Long.toString(clock.millis());
    for (Callback callback : callbacks(companyId)) {
      if (callback.wants(eventType)) {
        dispatcher.send(
            callback.url(),
            eventType,
            body,
            Map.of(
                "X-Remote-Timestamp",
                timestamp,
                "X-Remote-Signature",
                Hmac.remoteSignature(callback.signingKey(), body, timestamp)));
      }
    }
  }

  private static Set<String> subscribable() {
    try (var in = RemoteWebhooks.class.getResourceAsStream("/contracts/remote.json")) {
      JsonNode items =
          new ObjectMapper()
              .readTree(in)
              .at("/components/schemas/CreateWebhookCallbackParams/properties/subscribed_events")
              .path("items")
              .path("enum");
      Set<String> names = new java.util.HashSet<>();
      items.forEach(n -> names.add(n.asText()));
      names.addAll(EVENTS);
      return Set.copyOf(names);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the Remote contract is missing from the jar", e);
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
