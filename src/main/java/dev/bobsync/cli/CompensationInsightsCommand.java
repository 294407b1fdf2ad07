package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.Insights;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compensation insights}: the admin page's figures in a terminal. */
@Command(
    name = "insights",
    mixinStandardHelpOptions = true,
    description = {
      "Headcount and leavers by month, pay ranges by department and job title, the gender pay"
          + " gap by department. No pay figure for a group of fewer than 5 people."
    })
final class CompensationInsightsCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--months",
      paramLabel = "N",
      defaultValue = "12",
      description = "How many months back (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      Insights insights = app.compensation().insights(integration, months);
      if (json) {
        out.println(Json.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(insights));
      } else {
        new CompensationPrinter(out).insights(insights);
      }
      out.flush();
      return 0;
    }
  }
}
