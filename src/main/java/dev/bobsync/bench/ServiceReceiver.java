package dev.bobsync.bench;

import dev.bobsync.app.Service;
import java.time.Duration;

/**
 * bobsync's own webhook receiver for the webhook scenario: the service started on the world's app
 * (its scheduler queues changes and runs targeted syncs), with a webhook secret set.
 */
final class ServiceReceiver implements WebhookLatency.Receiver {
  private static final String SECRET = "bench-webhook-secret";

  private final Service service;
  private final String url;

  private ServiceReceiver(Service service, String url) {
    this.service = service;
    this.url = url;
  }

  static ServiceReceiver start(BenchWorld world) {
    world.store.integrations().setWebhookSecret(world.integration.id(), SECRET);
    Service.Options defaults = Service.Options.defaults(0);
    Service service =
        Service.start(
            world.app,
            new Service.Options(
                0, "bench", false, 4, Duration.ofMillis(200), defaults.heartbeat()));
    return new ServiceReceiver(
        service, service.url() + "/webhooks/hibob/" + world.integration.id());
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public java.util.Optional<String> serviceUrl() {
    return java.util.Optional.of(service.url());
  }

  @Override
  public String secret() {
    return SECRET;
  }

  @Override
  public void close() {
    service.close();
  }
}
