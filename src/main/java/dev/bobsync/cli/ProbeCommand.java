package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.probe.ProbeResult;
import dev.bobsync.probe.ProbeTable;
import dev.bobsync.probe.Probes;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync probe NAME}: does this tenant answer as bobsync expects? */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = {
      "Calls every HiBob and Remote endpoint bobsync uses, read-only, and checks each answer"
          + " against bobsync's contracts: one table of endpoint, status, fits or which fields"
          + " differ, time and rate-limit headers. It shows field names and types only, never a"
          + " value or a credential, so it can be pasted into a bug report.",
      "Exit codes: 0 every answer fits, 4 something differs or was not checked, 1 error."
    })
public final class ProbeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      ProbeResult result = probe(app, integration);
      if (json) {
        out.println(ProbeTable.json(result));
        out.flush();
      } else {
        ProbeTable.print(result, out);
      }
      return result.exitCode();
    }
  }

  static ProbeResult probe(App app, Integration integration) {
    return Probes.run(app, integration);
  }
}
