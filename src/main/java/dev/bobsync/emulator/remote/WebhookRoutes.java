package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /v1/webhook-callbacks}: register and remove a company's callbacks. */
final class WebhookRoutes {
  private final ObjectMapper mapper;
  private final RemoteWebhooks webhooks;

  WebhookRoutes(ObjectMapper mapper, RemoteWebhooks webhooks) {
    this.mapper = mapper;
    this.webhooks = webhooks;
  }

  void register(Gateway api) {
    api.post("/v1/webhook-callbacks", this::create);
    api.delete("/v1/webhook-callbacks/{id}", this::delete);
  }

  private Reply create(Context ctx, RemoteCompany company) {
    RemoteWebhooks.Callback callback =
        webhooks.register(company.id(), JsonBodies.object(mapper, ctx.bodyAsBytes()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", callback.id());
    body.put("url", callback.url());
    body.put("signing_key", callback.signingKey());
    body.put("subscribed_events", callback.subscribedEvents());
    body.put("subscribe_to_all_events", callback.all());
    return Reply.data(201, "webhook_callback", body);
  }

  private Reply delete(Context ctx, RemoteCompany company) {
    if (!webhooks.delete(company.id(), ctx.pathParam("id"))) {
      throw ApiError.notFound("Webhook callback");
    }
    return new Reply(204, null);
  }
}
