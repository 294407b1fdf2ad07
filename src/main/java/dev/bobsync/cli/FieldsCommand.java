package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.CatalogueEntry;
import dev.bobsync.compensation.FieldCatalogue;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync fields NAME}: HiBob's field catalogue, custom fields included (rule V5). */
@Command(
    name = "fields",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every field HiBob has, custom ones and custom sections included: section, type,"
          + " whether the service user can see it, and for a hidden one the permission to add.",
      "Choose a custom field as an export column with: bobsync compensation profile NAME"
          + " --add-field ID"
    })
public final class FieldsCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--custom", description = "Only custom fields.")
  boolean customOnly;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      FieldCatalogue.Result result = app.compensation().catalogue(integration);
      if (result.problem() != null) {
        out.println("HiBob: " + Printer.words(result.outcome()));
        out.println("  " + result.problem());
        out.flush();
        return ExitCodes.of(result.outcome());
      }
      List<CatalogueEntry> entries =
          result.entries().stream()
              .filter(e -> !customOnly || e.custom())
              .sorted(
                  Comparator.comparing(CatalogueEntry::category)
                      .thenComparing(CatalogueEntry::name))
              .toList();
      if (json) {
        out.println(Json.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(entries));
      } else {
        print(out, entries, result.employees());
      }
      out.flush();
      return 0;
    }
  }

  private static void print(PrintWriter out, List<CatalogueEntry> entries, int employees) {
    out.printf("%-46s %-28s %-24s %-14s %s%n", "ID", "NAME", "SECTION", "TYPE", "VISIBLE");
    for (CatalogueEntry e : entries) {
      String section = e.category() + (e.customSection() ? " (custom)" : "");
      String visible =
          e.visible() == null ? "unknown" : e.visible() ? "yes" : "no: add " + e.permission();
      out.printf(
          "%-46s %-28s %-24s %-14s %s%s%n",
          e.id(),
          Printer.cut(e.name(), 28),
          Printer.cut(section, 24),
          e.type() + (e.sensitive() ? "*" : ""),
          visible,
          e.chosen() ? "  [exported]" : "");
    }
    out.println(
        entries.size() + " fields. * sensitive: HiBob shows it only with Edit on its section.");
    if (employees == 0) {
      out.println("The service user sees no one, so whether a field is visible is unknown.");
    }
  }
}
