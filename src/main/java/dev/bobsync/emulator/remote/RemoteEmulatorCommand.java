package dev.bobsync.emulator.remote;

import dev.bobsync.http.Ports;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bobsync emulator remote}: serves Remote's API from a fixture until stopped. */
@Command(
    name = "remote",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Remote API emulator until stopped (Ctrl-C).",
      "Prints the base URL and each company's API token."
    })
public final class RemoteEmulatorCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7072",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--fixture",
      paramLabel = "FILE.json",
      description = "Companies to serve (docs/emulator-remote.md); default: one demo company.")
  Path fixture;

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      description =
          "Requests per minute per company, for every company (default: the fixture's, or 20).")
  Integer rateLimit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Ports.requireFree(port, "--port");
    Clock clock = Clock.systemUTC();
    RemoteFixture companies =
        fixture == null ? DemoFixture.create(LocalDate.now(clock)) : RemoteFixture.read(fixture);
    if (rateLimit != null) {
      companies = companies.withRateLimit(rateLimit);
    }
    RemoteEmulator emulator;
    try {
      emulator = RemoteEmulator.start(companies, port, clock);
    } catch (JavalinBindException e) {
      throw new IllegalArgumentException("port " + port + " is already in use", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Remote emulator listening on " + emulator.baseUrl());
    for (RemoteCompany company : emulator.companies()) {
      out.printf(
          "  company %s (%s): token %s, %d requests/minute%n",
          company.id(), company.name(), company.apiToken(), company.rateLimitPerMinute());
    }
    out.println("Control API: " + emulator.baseUrl() + "/_emulator/state. Ctrl-C stops.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "remote-emulator-stop"));
    stopped.await();
    return 0;
  }
}
