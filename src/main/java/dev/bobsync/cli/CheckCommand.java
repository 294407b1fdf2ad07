package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.sync.IntegrationSetup;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync check NAME}: the connection check again (rules C1, C2, R12). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an integration's HiBob credentials and permissions and its Remote token, and says"
          + " what to tick in HiBob. For an integration without Remote it runs the compensation"
          + " export's check.",
      "Exit codes: 0 complete, 3 permissions missing, 2 credentials refused, 1 unreachable."
    })
public final class CheckCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--json", description = "Print the check as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      if (integration.remoteUrl() == null) {
        CompensationCheckCommand compensation = new CompensationCheckCommand();
        compensation.name = name;
        compensation.json = json;
        return compensation.check(app, integration, out);
      }
      IntegrationSetup setup = new IntegrationSetup(app.store(), app.clients());
      ConnectionReport report = setup.check(integration);
      if (json) {
        out.println(Json.newMapper().readTree(setup.checkJson(report)).toPrettyString());
      } else {
        new Printer(out).check(report);
      }
      out.flush();
      return ExitCodes.of(report.outcome());
    }
  }
}
