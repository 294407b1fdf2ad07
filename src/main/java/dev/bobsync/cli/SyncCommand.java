package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.scheduling.SyncClaim;
import dev.bobsync.scheduling.SyncScheduler;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync sync NAME}: one sync now, with progress and a summary. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs an integration now: HiBob people with a \"Sync to Remote\" value are created or"
          + " updated in Remote, then their approved HiBob time off is booked in Remote (and"
          + " cancelled there when HiBob cancels it); every status is recorded.",
      "It never runs at the same time as another sync of the integration (a serve instance's"
          + " scheduled, \"Sync now\" or webhook run): it waits for that one to end.",
      "Exit code 0 when the run finished (people may still have failed: see the summary), 1 when"
          + " the run itself failed, 4 with --no-wait when another sync was running."
    })
public final class SyncCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--dry-run", description = "Print what would be done; write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the summary and every person's result as JSON.")
  boolean json;

  @Option(
      names = "--no-wait",
      description =
          "When a sync of this integration is running (a scheduled, \"Sync now\" or webhook run on"
              + " a serve instance, or another bobsync sync), give up (exit code 4) instead of"
              + " waiting for it to end.")
  boolean noWait;

  @Option(
      names = "--only",
      paramLabel = "PART",
      description = "Run one part only: people (the employee sync) or timeoff (the time-off sync).")
  String only;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<IntegrationSync.Part> parts = parts(only);
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      SyncOptions options = SyncOptions.of("cli");
      if (dryRun) {
        options = options.dry();
      }
      if (!json) {
        options = options.withProgress(ProgressLine.of(err, "Syncing"));
      }
      IntegrationSync.Report report;
      try (SyncClaim claim = claim(app, integration, err)) {
        report = app.integrationSync().run(integration, options, parts);
      } catch (SyncClaim.BusyException e) {
        err.println("Not synced: " + e.getMessage() + " (or run without --no-wait to wait).");
        err.flush();
        return ExitCodes.BUSY;
      }
      if (json) {
        out.println(toJson(integration.name(), report).toPrettyString());
      } else {
        if (report.people() != null) {
          new Printer(out).sync(report.people());
        }
        if (report.timeOff() != null) {
          new TimeOffPrinter(out).sync(report.timeOff());
        }
      }
      out.flush();
      return report.failed() ? 1 : 0;
    }
  }

  /**
   * The scheduler's claim on the integration, so that this run never overlaps a scheduled, "Sync
   * now" or webhook run (a dry run writes nothing and needs none).
   */
  private SyncClaim claim(App app, Integration integration, PrintWriter err) {
    if (dryRun) {
      return SyncClaim.none();
    }
    return SyncClaim.take(
        app.store(),
        integration.id(),
        "cli " + SyncScheduler.defaultNode(),
        !noWait,
        app.clock(),
        holder -> {
          err.println(
              "Waiting: a sync of "
                  + integration.name()
                  + " is running on "
                  + holder
                  + "; this one starts when it ends (--no-wait gives up instead).");
          err.flush();
        });
  }

  private static Set<IntegrationSync.Part> parts(String only) {
    if (only == null) {
      return EnumSet.allOf(IntegrationSync.Part.class);
    }
    return switch (only.trim().toLowerCase(Locale.ROOT)) {
      case "people" -> EnumSet.of(IntegrationSync.Part.PEOPLE);
      case "timeoff", "time-off" -> EnumSet.of(IntegrationSync.Part.TIMEOFF);
      default ->
          throw new IllegalArgumentException(
              "--only takes people or timeoff, not \"" + only + "\"");
    };
  }

  /** The employee sync's report as before, with the time-off report under {@code "timeoff"}. */
  static ObjectNode toJson(String integration, IntegrationSync.Report report) {
    ObjectNode node =
        report.people() != null
            ? toJson(report.people())
            : Json.newMapper().createObjectNode().put("integration", integration);
    if (report.timeOff() != null) {
      node.set("timeoff", TimeOffPrinter.toJson(report.timeOff()));
    }
    return node;
  }

  static ObjectNode toJson(SyncReport report) {
    ObjectMapper mapper = Json.newMapper();
    ObjectNode node = mapper.valueToTree(report);
    node.put("seconds", report.took().toMillis() / 1000.0);
    node.remove("took");
    if (!report.dryRun()) {
      node.remove("planned");
    }
    return node;
  }
}
