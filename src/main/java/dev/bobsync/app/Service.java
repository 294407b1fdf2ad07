package dev.bobsync.app;

import dev.bobsync.web.Metrics;
import dev.bobsync.web.SyncControl;
import dev.bobsync.web.WebApp;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.LoginThrottle;
import dev.bobsync.web.auth.Passwords;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.Objects;

/** The running service: web page, REST API and automatic syncs in one process. */
public final class Service implements AutoCloseable {
  private final App app;
  private final Javalin web;
  private final LocalSyncs syncs;

  private Service(App app, Javalin web, LocalSyncs syncs) {
    this.app = app;
    this.web = web;
    this.syncs = syncs;
  }

  /** How the service runs. */
  public record Options(int port, String node, boolean secureCookies, int bcryptCost) {
    public static Options defaults(int port) {
      return new Options(port, Nodes.name(), false, 12);
    }
  }

  /** Starts everything; {@code port} 0 picks a free one. */
  public static Service start(App app, Options options) {
    Objects.requireNonNull(app, "app");
    Metrics metrics = new Metrics(app.store());
    LocalSyncs syncs = new LocalSyncs(app, options.node(), metrics::recordRun);
    Authenticator auth =
        new Authenticator(
            app.store(),
            new Passwords(options.bcryptCost()),
            new LoginThrottle(app.clock(), 5, Duration.ofMinutes(15)),
            app.clock(),
            Duration.ofHours(12),
            options.secureCookies());
    WebServices services = new WebServices(app, syncs, auth);
    Javalin web = WebApp.create(services, metrics, config -> {}).start(options.port());
    syncs.start();
    return new Service(app, web, syncs);
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
    syncs.close();
    web.stop();
  }
}
