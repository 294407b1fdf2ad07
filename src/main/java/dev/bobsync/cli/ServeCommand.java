package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.app.Service;
import dev.bobsync.http.Ports;
import dev.bobsync.web.auth.AccessSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bobsync serve}: the admin page, the REST API and automatic syncs, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the service: the admin page, the REST API (/api/v1), health (/health), metrics"
          + " (/metrics) and every integration's automatic syncs, until stopped.",
      "Several instances can share one PostgreSQL (BOBSYNC_DB_URL) and one BOBSYNC_MASTER_KEY."
    })
public final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "${env:BOBSYNC_PORT:-8080}",
      description = "HTTP port (default: ${DEFAULT-VALUE}, or BOBSYNC_PORT).")
  int port;

  @Option(
      names = "--secure-cookies",
      defaultValue = "${env:BOBSYNC_SECURE_COOKIES:-false}",
      description = "Mark session cookies Secure; set it when the service is behind HTTPS.")
  boolean secureCookies;

  @Option(
      names = "--node",
      paramLabel = "NAME",
      defaultValue = "${env:BOBSYNC_NODE}",
      description =
          "This instance's name in run histories; unique per instance (default: host/pid,"
              + " or BOBSYNC_NODE).")
  String node;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      defaultValue = "${env:BOBSYNC_POLL_INTERVAL:-5s}",
      description = "How often to look for due syncs in the database (default: ${DEFAULT-VALUE}).")
  String pollInterval;

  @Option(
      names = "--heartbeat",
      paramLabel = "DURATION",
      defaultValue = "${env:BOBSYNC_HEARTBEAT:-10s}",
      description =
          "How often a running sync says it is alive; after six missed ones another"
              + " instance takes it over (default: ${DEFAULT-VALUE}).")
  String heartbeat;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Ports.requireFree(port, "--port");
    AccessSettings access = AccessSettings.fromEnv(System.getenv());
    App app = data.open();
    Service.Options defaults = Service.Options.defaults(port);
    Service service =
        Service.start(
            app,
            new Service.Options(
                port,
                node == null || node.isBlank() ? defaults.node() : node.trim(),
                secureCookies,
                defaults.bcryptCost(),
                Durations.parseShort(pollInterval, "--poll-interval"),
                Durations.parseShort(heartbeat, "--heartbeat"),
                access));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  app.close();
                  stopped.countDown();
                },
                "bobsync-shutdown"));
    out.println("bobsync is serving on " + service.url());
    if (access.oidc() != null) {
      out.println(
          "Sign-in with the identity provider at "
              + access.oidc().issuer()
              + (access.passwordLogin()
                  ? "; password login stays on."
                  : "; password login is off."));
    }
    if (app.store().users().count() == 0) {
      out.println(
          "No one can log in yet. Create an admin: bobsync user add EMAIL --data-dir "
              + data.dataDir);
    }
    out.flush();
    stopped.await();
    return 0;
  }
}
