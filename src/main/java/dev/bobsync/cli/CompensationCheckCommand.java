package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.CompensationReport;
import dev.bobsync.compensation.CompensationSetup;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compensation check}: what the export cannot see, in the guide's words (rule V4). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks what the compensation export can read: \"The 'Home' permission is missing\","
          + " \"General errors\", leavers, sensitive fields, deleted custom fields.",
      "Exit codes: 0 complete, 3 permissions missing, 2 credentials refused, 1 unreachable."
    })
final class CompensationCheckCommand implements Callable<Integer> {
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
      return check(app, DataOptions.integration(app, name), out);
    }
  }

  /** Runs the check, records it for an integration without Remote, prints it. */
  int check(App app, Integration integration, PrintWriter out) throws Exception {
    CompensationReport report = app.compensation().check(integration);
    CompensationSetup setup = new CompensationSetup(app.store(), app.clients(), app.clock());
    if (integration.remoteUrl() == null) {
      setup.record(integration, report);
    }
    if (json) {
      out.println(Json.newMapper().readTree(setup.checkJson(report)).toPrettyString());
    } else {
      new CompensationPrinter(out).report(report, integration.name());
    }
    out.flush();
    return ExitCodes.of(report.outcome());
  }
}
