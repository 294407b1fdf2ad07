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

  /** One registered callback. */
  record Callback(
      String id, String companyId, String url, String signingKey, List<String> subscribedEvents) {}

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
    JsonNode subscribed = body.get("subscribed_events");
    if (subscribed == null || !subscribed.isArray() || subscribed.isEmpty()) {
      errors.add("subscribed_events", "must list at least one event");
    } else {
      for (JsonNode event : subscribed) {
        if (EVENTS.contains(event.asText())) {
          events.add(event.asText());
        } else {
          errors.add("subscribed_events", event.asText() + " is not an event this emulator sends");
        }
      }
    }
    errors.throwIfAny("Webhook callback could not be registered");
    Callback callback =
        new Callback(
            ids.next("webhook-callback"),
            companyId,
            url,
            ids.nextSecret("signing-key"),
            List.copyOf(events));
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
      if (callback.subscribedEvents().contains(eventType)) {
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
