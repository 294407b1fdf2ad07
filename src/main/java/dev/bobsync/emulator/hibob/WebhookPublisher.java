package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.WebhookDispatcher;
import dev.bobsync.http.Hmac;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sends HiBob v2 webhooks, signed with {@code Bob-Signature}, to every registered URL. */
final class WebhookPublisher {
  /** Where to send events and the secret that signs them. */
  record Registration(String url, String secret) {
    @Override
    public String toString() {
      return "Registration[url=" + url + "]";
    }
  }

  private final long companyId;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final WebhookDispatcher dispatcher;
  private final List<Registration> registrations = new CopyOnWriteArrayList<>();

  WebhookPublisher(long companyId, Clock clock, ObjectMapper mapper, WebhookDispatcher dispatcher) {
    this.companyId = companyId;
    this.clock = clock;
    this.mapper = mapper;
    this.dispatcher = dispatcher;
  }

  void register(String url, String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a webhook needs a secret to sign with");
    }
    if (url == null || (!url.startsWith("http://") && !url.startsWith("https://"))) {
      throw new IllegalArgumentException("a webhook URL must start with http:// or https://");
    }
    registrations.add(new Registration(url, secret));
  }

  List<String> urls() {
    return registrations.stream().map(Registration::url).toList();
  }

  /**
   * HiBob's {@code triggeredAt}: UTC, microseconds, no zone ({@code 2025-01-08T13:06:26.915906}).
   */
  static final DateTimeFormatter TRIGGERED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  /** One v2 envelope per event and registration: {@code data} carries ids only. */
  void publish(List<CompanyEvent> events, String triggeredBy) {
    for (CompanyEvent event : events) {
      Map<String, Object> envelope = new LinkedHashMap<>();
      envelope.put("companyId", companyId);
      envelope.put("type", event.type());
      envelope.put("triggeredBy", triggeredBy);
      envelope.put("triggeredAt", TRIGGERED_AT.format(clock.instant()));
      envelope.put("version", "v2");
      envelope.put("data", event.data());
      byte[] body;
      try {
        body = mapper.writeValueAsBytes(envelope);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      for (Registration r : registrations) {
        dispatcher.send(
            r.url(),
            event.type(),
            body,
            Map.of("Bob-Signature", Hmac.hibobSignature(r.secret(), body)));
      }
    }
  }
}
