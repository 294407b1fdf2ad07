package dev.bobsync.app;

import dev.bobsync.scheduling.HibobWebhooks;
import dev.bobsync.scheduling.IntegrationRunner;
import dev.bobsync.scheduling.RemoteEvents;
import dev.bobsync.scheduling.SyncScheduler;
import dev.bobsync.web.Metrics;
import dev.bobsync.web.SyncControl;
import dev.bobsync.web.WebApp;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.AccessSettings;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.LoginThrottle;
import dev.bobsync.web.auth.OidcSignIn;
import dev.bobsync.web.auth.Passwords;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** The running service: web page, REST API, webhooks and automatic syncs in one process. */
public final class Service implements AutoCloseable {
  private final App app;
  private final Javalin web;
  private final SyncScheduler scheduler;
  private final SyncControl syncs;

  private Service(App app, Javalin web, SyncScheduler scheduler, SyncControl syncs) {
    this.app = app;
    this.web = web;
    this.scheduler = scheduler;
    this.syncs = syncs;
  }

  /**
   * How the service runs.
   *
   * @param node this instance's name in run histories; unique among instances
   * @param pollInterval how often the scheduler looks for due syncs in the database
   * @param heartbeat how often a running sync says it is alive; after six missed ones another
   *     instance takes it over
   * @param access how people log in: password, identity provider, or both
   */
  public record Options(
      int port,
      String node,
      boolean secureCookies,
      int bcryptCost,
      Duration pollInterval,
      Duration heartbeat,
      AccessSettings access) {
    /** Password login only. */
    public Options(
        int port,
        String node,
        boolean secureCookies,
        int bcryptCost,
        Duration pollInterval,
        Duration heartbeat) {
      this(
          port, node, secureCookies, bcryptCost, pollInterval, heartbeat, AccessSettings.PASSWORDS);
    }

    public Options withAccess(AccessSettings access) {
      return new Options(port, node, secureCookies, bcryptCost, pollInterval, heartbeat, access);
    }

    public static Options defaults(int port) {
      return new Options(
          port,
          SyncScheduler.defaultNode(),
          false,
          12,
          Duration.ofSeconds(5),
          Duration.ofSeconds(10));
    }

    public Options withBcryptCost(int cost) {
      return new Options(port, node, secureCookies, cost, pollInterval, heartbeat, access);
    }
  }

  /** Starts everything; {@code port} 0 picks a free one. */
  public static Service start(App app, Options options) {
    Objects.requireNonNull(app, "app");
    Metrics metrics = new Metrics(app.store());
    app.clients().observeCalls(metrics.calls());
    IntegrationRunner runner = app.syncRunner();
    SyncScheduler scheduler =
        SyncScheduler.builder(app.store(), runner)
            .node(options.node())
            .clock(app.clock())
            .meterRegistry(metrics.registry())
            .pollingInterval(options.pollInterval())
            .heartbeat(options.heartbeat(), 6)
            .build();
    SyncControl syncs = new ScheduledSyncs(scheduler, app.store());
    Authenticator auth =
        new Authenticator(
            app.store(),
            new Passwords(options.bcryptCost()),
            new LoginThrottle(app.clock(), 5, Duration.ofMinutes(15)),
            app.clock(),
            Duration.ofHours(12),
            options.secureCookies(),
            options.access().passwordLogin());
    OidcSignIn oidc =
        options.access().oidc() == null
            ? null
            : new OidcSignIn(options.access().oidc(), app.store());
    HibobWebhooks webhooks =
        new HibobWebhooks(
            app.store(), scheduler, app.clock(), HibobWebhooks.maxAge(System.getenv()));
    RemoteEvents remoteEvents =
        new RemoteEvents(
            app.store(), scheduler, app.clock(), HibobWebhooks.maxAge(System.getenv()));
    Javalin web =
        WebApp.create(
                new WebServices(app, syncs, auth, oidc),
                metrics,
                config -> {
                  config.routes.post(
                      "/webhooks/hibob/{integrationId}",
                      ctx -> {
                        HibobWebhooks.Receipt receipt =
                            webhooks.receive(
                                ctx.pathParam("integrationId"),
                                ctx.bodyAsBytes(),
                                ctx.header(HibobWebhooks.SIGNATURE_HEADER));
                        ctx.status(receipt.status()).json(Map.of("message", receipt.message()));
                      });
                  config.routes.post(
                      "/webhooks/remote/{integrationId}",
                      ctx -> {
                        RemoteEvents.Receipt receipt =
                            remoteEvents.receive(
                                ctx.pathParam("integrationId"),
                                ctx.bodyAsBytes(),
                                ctx.header(RemoteEvents.SIGNATURE_HEADER),
                                ctx.header(RemoteEvents.TIMESTAMP_HEADER));
                        ctx.status(receipt.status()).json(Map.of("message", receipt.message()));
                      });
                })
            .start(options.port());
    metrics.bindJetty(web.jettyServer().server());
    scheduler.start();
    return new Service(app, web, scheduler, syncs);
  }

  public int port() {
    return web.port();
  }

  public String url() {
    return "http://localhost:" + port();
  }

  public SyncControl syncs() {
    return syncs;
  }

  public App app() {
    return app;
  }

  @Override
  public void close() {
    scheduler.stop();
    web.stop();
  }
}
