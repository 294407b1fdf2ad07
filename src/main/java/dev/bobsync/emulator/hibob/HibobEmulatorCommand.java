package dev.bobsync.emulator.hibob;

import dev.bobsync.http.Ports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bobsync emulator hibob}: serves a HiBob API emulator until the process is stopped. */
@Command(
    name = "hibob",
    mixinStandardHelpOptions = true,
    description = "Runs the HiBob API emulator until stopped (Ctrl-C).")
public final class HibobEmulatorCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "7071",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Spec CommandSpec spec;

  /** Where the company comes from: a generator or a fixture file. */
  static final class Source {
    @ArgGroup(exclusive = false)
    Generated generated;

    @Option(names = "--fixture", paramLabel = "FILE.json", description = "Company fixture file.")
    Path fixture;
  }

  /** {@code --generate N [--seed S]}. */
  static final class Generated {
    @Option(
        names = "--generate",
        required = true,
        paramLabel = "N",
        description = "Generate a company of N people.")
    int employees;

    @Option(
        names = "--seed",
        defaultValue = "1",
        paramLabel = "S",
        description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;
  }

  @Override
  public Integer call() throws InterruptedException {
    Ports.requireFree(port, "--port");
    Clock clock = Clock.systemUTC();
    HibobCompany company =
        source.fixture != null
            ? HibobCompany.fromFixture(source.fixture)
            : HibobCompany.generate(
                source.generated.employees, source.generated.seed, LocalDate.now(clock));
    HibobEmulator emulator = HibobEmulator.start(company, port, clock);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "hibob-emulator-stop"));
    ServiceUser user = emulator.serviceUser();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("HiBob emulator: %s (%d people)%n", company.name(), company.employeeCount());
    out.printf("base URL:     %s%n", emulator.baseUrl());
    out.printf("service user: %s%n", user.id());
    out.printf("token:        %s%n", user.token());
    out.printf("control API:  %s/state%n", emulator.controlUrl());
    out.println("Ctrl-C stops it.");
    out.flush();
    stopped.await();
    return 0;
  }
}
