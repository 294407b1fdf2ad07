package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.compensation.CompensationSettings;
import dev.bobsync.compensation.FieldLookup;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compensation profile}: shows or changes what the export holds. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the compensation profile of an integration, or changes it: optional groups,"
          + " anonymous mode, salary history, custom fields as extra columns.",
      "On an integration that syncs to Remote this also turns the compensation export on."
    })
final class CompensationProfileCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ProfileOptions profile;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--add-field",
      paramLabel = "FIELD",
      description = "Export a custom field as a column: its id or exact name (see bobsync fields).")
  List<String> add = new ArrayList<>();

  @Option(
      names = "--remove-field",
      paramLabel = "FIELD_ID",
      description = "Stop exporting a custom field.")
  List<String> remove = new ArrayList<>();

  @Option(names = "--json", description = "Print the profile as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      CompensationSettings settings = app.compensation().settings();
      boolean existed = settings.enabled(integration);
      CompensationProfile before = settings.read(integration);
      CompensationProfile next = profile.apply(before);
      if (!add.isEmpty()) {
        List<FieldMeta> fields = app.compensation().fields(integration);
        for (String f : add) {
          FieldMeta meta = find(fields, f);
          next = next.withCustomField(new CompensationProfile.ChosenField(meta.id(), meta.name()));
        }
      }
      for (String id : remove) {
        if (next.customFields().stream().noneMatch(c -> c.id().equals(id))) {
          throw new IllegalArgumentException("The profile has no custom field " + id);
        }
        next = next.withoutCustomField(id);
      }
      if (!existed || !next.equals(before)) {
        settings.save(integration, next);
        out.println("Saved the compensation profile of \"" + name + "\".");
      }
      if (json) {
        out.println(Json.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(next));
      } else {
        print(out, next);
      }
      out.flush();
      return 0;
    }
  }

  private static FieldMeta find(List<FieldMeta> fields, String idOrName) {
    try {
      return FieldLookup.find(fields, idOrName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage() + " (see: bobsync fields NAME --custom)", e);
    }
  }

  private static void print(PrintWriter out, CompensationProfile p) {
    out.println("  equity:         " + onOff(p.equity()));
    out.println("  gender:         " + onOff(p.gender()) + " (field " + p.genderField() + ")");
    out.println("  date of birth:  " + onOff(p.dateOfBirth()));
    out.println("  anonymous:      " + onOff(p.anonymous()));
    out.println(
        "  salary history: "
            + onOff(p.salaryHistory())
            + (p.salaryHistory() ? " (one HiBob call per 200 people)" : ""));
    if (p.customFields().isEmpty()) {
      out.println("  custom fields:  none");
    } else {
      out.println("  custom fields:");
      p.customFields().forEach(c -> out.println("    " + c.id() + "  " + c.name()));
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
