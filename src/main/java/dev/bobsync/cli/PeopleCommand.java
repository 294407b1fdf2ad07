package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Page;
import dev.bobsync.store.PersonQuery;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.words.EmploymentTypes;
import dev.bobsync.words.PersonSummaries;
import dev.bobsync.words.Reasons;
import dev.bobsync.words.Statuses;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync people NAME}: every selected person's status and why (rule R11). */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "Lists everyone with a \"Sync to Remote\" value: status, reason, Remote id.")
public final class PeopleCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--status",
      paramLabel = "S",
      description = "Only this status: synced, waiting, skipped, frozen or failed.")
  String status;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = "--removed",
      description =
          "Read the history kept by \"integration remove --keep-history\" (the most recently"
              + " removed integration of that name).")
  boolean removed;

  @Override
  public Integer call() {
    if (status != null) {
      try {
        PersonStatus.fromCode(status);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--status takes synced, waiting, skipped, frozen or failed, not \"" + status + "\"");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration =
          removed ? DataOptions.removedIntegration(app, name) : DataOptions.integration(app, name);
      PersonQuery query =
          PersonQuery.first(Integer.MAX_VALUE)
              .withStatus(status == null ? null : status.toLowerCase(Locale.ROOT));
      Page<PersonRecord> page = app.store().people().search(integration.id(), query);
      if (json) {
        ObjectMapper mapper = Json.newMapper();
        ArrayNode rows = mapper.createArrayNode();
        for (PersonRecord p : page.items()) {
          rows.addObject()
              .put("hibobId", p.hibobId())
              .put("name", p.displayName())
              .put("email", p.email())
              .put("syncType", p.syncType())
              .put("status", p.status())
              .put("reason", p.reasonCode())
              .put("message", p.message())
              .put("remoteId", p.remoteId())
              .put("remoteStatus", p.remoteStatus())
              .put("lastChange", p.lastChange())
              .put("updatedAt", String.valueOf(p.updatedAt()))
              .put(
                  "summary",
                  PersonSummaries.of(p.displayName(), p.syncType(), p.status(), p.reasonCode()));
        }
        out.println(rows.toPrettyString());
      } else if (page.items().isEmpty() && integration.remoteUrl() == null) {
        out.println(
            "\""
                + name
                + "\" exports compensation data only and syncs no one to Remote. Export it with:"
                + " bobsync compensation export "
                + name
                + " --format xlsx --out "
                + name
                + ".xlsx");
      } else if (page.items().isEmpty()) {
        out.println(
            "No one"
                + (status == null
                    ? ""
                    : " with status " + Statuses.person(status.toLowerCase(Locale.ROOT)))
                + (removed ? " was kept." : " yet. Run: bobsync sync " + name));
      } else {
        out.printf(
            "%-28s %-32s %-24s %-8s %-34s %s%n",
            "NAME", "E-MAIL", "TYPE", "STATUS", "REASON", "REMOTE ID");
        for (PersonRecord p : page.items()) {
          out.printf(
              "%-28s %-32s %-24s %-8s %-34s %s%n",
              Printer.cut(p.displayName(), 28),
              Printer.cut(p.email(), 32),
              p.syncType() == null ? "-" : EmploymentTypes.label(p.syncType()),
              Statuses.person(p.status()),
              p.reasonCode() == null ? "-" : Printer.cut(Reasons.of(p.reasonCode()), 34),
              p.remoteId() == null ? "-" : p.remoteId());
          if (p.message() != null) {
            out.println("    " + p.message());
          }
          if (p.lastChange() != null) {
            out.println("    last change: " + p.lastChange());
          }
        }
        out.println(page.total() + " people");
      }
      out.flush();
      return 0;
    }
  }
}
