package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.LegalEntityChoice;
import dev.bobsync.sync.RemoteSettings;
import dev.bobsync.sync.RemoteSettingsEditor;
import dev.bobsync.sync.status.StatusSettingsStore;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync integration add|list|remove}: connecting HiBob to Remote. */
@Command(
    name = "integration",
    mixinStandardHelpOptions = true,
    description = "Adds, lists and removes integrations.",
    subcommands = {
      IntegrationCommand.Add.class,
      IntegrationCommand.ListAll.class,
      IntegrationCommand.Remove.class,
      IntegrationCommand.Set.class,
      IntegrationCommand.LegalEntities.class
    })
public final class IntegrationCommand {

  /** {@code integration add}: checks the credentials, prints the diagnostics, stores them. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Connects HiBob to Remote: checks the credentials at once, creates the \"Sync to Remote\""
            + " field in HiBob if absent, prints what is missing, and stores the integration.",
        "Tokens may also come from BOBSYNC_HIBOB_TOKEN and BOBSYNC_REMOTE_TOKEN, which keeps them"
            + " out of the shell history.",
        "Only a connection that works is stored (with permissions missing, it is stored and"
            + " the check says what to add); --save-anyway stores one that failed its check.",
        "Exit codes: 0 connected, 3 permissions missing, 2 credentials refused (not stored), 1"
            + " not the API or unreachable (not stored)."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "A name for the integration.")
    String name;

    @Mixin HibobOptions hibob;

    @Option(
        names = "--remote-url",
        required = true,
        paramLabel = "URL",
        description = "Remote's API root, e.g. https://gateway.remote.com")
    String remoteUrl;

    @Option(
        names = "--remote-token",
        paramLabel = "TOKEN",
        defaultValue = "${env:BOBSYNC_REMOTE_TOKEN}",
        description = "A Remote company API token (ra_live_... or ra_test_...).")
    String remoteToken;

    @Option(
        names = "--interval",
        paramLabel = "DURATION",
        defaultValue = "60m",
        description =
            "How often it syncs by itself, from 15m to 24h (e.g. 60m, 4h), or 0 (off: only"
                + " \"Sync now\" and webhooks) (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(
        names = "--legal-entity",
        paramLabel = "COUNTRY=ID",
        description =
            "Remote legal entity engaging Global Payroll employees of a country (alpha-3, or * for any).")
    Map<String, String> legalEntities = new LinkedHashMap<>();

    @Option(
        names = "--remote-rate-limit",
        paramLabel = "N",
        defaultValue = "20",
        description =
            "Requests per minute Remote allows this token (20 for customers, 250 for partners).")
    int remotePerMinute;

    @Override
    public Integer call() {
      String hibobToken = hibob.token();
      if (remoteToken == null || remoteToken.isBlank()) {
        throw new IllegalArgumentException(
            "a Remote token is needed: --remote-token, or BOBSYNC_REMOTE_TOKEN");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        String workspace = app.store().workspaces().defaultWorkspace().id();
        IntegrationSetup.Added added =
            new IntegrationSetup(app.store(), app.clients())
                .add(
                    workspace,
                    new IntegrationSetup.Request(
                        name,
                        hibob.url,
                        hibob.user,
                        hibobToken,
                        remoteUrl,
                        remoteToken,
                        Durations.parse(interval, "--interval"),
                        legalEntities,
                        remotePerMinute),
                    hibob.saveAnyway);
        new Printer(out).check(added.report());
        if (added.savedAnyway()) {
          out.println(
              "Stored integration \""
                  + name
                  + "\" although its check failed, as --save-anyway asked: "
                  + added.report().failure()
                  + " Its syncs fail until this is fixed; then run: bobsync check "
                  + name);
        } else if (added.saved()) {
          out.println("Stored integration \"" + name + "\". Next: bobsync sync " + name);
        } else {
          out.println(
              "Not stored: "
                  + added.report().failure()
                  + " Fix it and run this again, or add --save-anyway to store it as it is.");
        }
        out.flush();
        return ExitCodes.of(added.report().outcome());
      }
    }
  }

  /** {@code integration list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the integrations.")
  static final class ListAll implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(
        names = "--removed",
        description =
            "List removed integrations whose history was kept (read it with: bobsync people"
                + " NAME --removed).")
    boolean removed;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        String workspace = app.store().workspaces().defaultWorkspace().id();
        if (removed) {
          return listRemoved(out, app.store().integrations().listRemoved(workspace));
        }
        List<Integration> all = app.store().integrations().list(workspace);
        if (json) {
          ObjectMapper mapper = Json.newMapper();
          List<Map<String, Object>> rows =
              all.stream()
                  .map(
                      i ->
                          Map.<String, Object>of(
                              "id",
                              i.id(),
                              "name",
                              i.name(),
                              "hibobUrl",
                              i.hibobUrl(),
                              "remoteUrl",
                              String.valueOf(i.remoteUrl()),
                              "intervalMinutes",
                              i.syncInterval().toMinutes()))
                  .toList();
          out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else if (all.isEmpty()) {
          out.println("No integrations yet. Add one with: bobsync integration add NAME ...");
        } else {
          all.forEach(
              i -> {
                if (i.remoteUrl() == null) {
                  out.printf("%-20s HiBob %s (compensation export only)%n", i.name(), i.hibobUrl());
                } else {
                  out.printf(
                      "%-20s every %-6s HiBob %s -> Remote %s%n",
                      i.name(), Durations.format(i.syncInterval()), i.hibobUrl(), i.remoteUrl());
                }
              });
        }
        out.flush();
        return 0;
      }
    }
  }

  private static int listRemoved(PrintWriter out, List<Integration> removed) {
    if (removed.isEmpty()) {
      out.println("No removed integration has its history kept.");
    }
    for (Integration i : removed) {
      out.printf(
          "%-20s removed %s, history kept. Read it: bobsync people %s --removed%n",
          i.name(), i.removedAt(), i.name());
    }
    out.flush();
    return 0;
  }

  /** {@code integration remove} (rule C5). */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = {
        "Removes an integration: deletes its credentials and stops its syncs. Data already in"
            + " Remote stays. Its history is deleted unless --keep-history."
      })
  static final class Remove implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--keep-history", description = "Keep its people, runs and audit log.")
    boolean keepHistory;

    @Override
    public Integer call() {
      try (App app = data.open()) {
        Integration integration = DataOptions.integration(app, name);
        dev.bobsync.sync.RemoteEventsSetup.Outcome callback =
            app.remoteEvents().unregister(integration);
        if (!callback.ok()) {
          spec.commandLine().getErr().println(callback.message());
        }
        app.store().integrations().remove(integration.id(), keepHistory);
        app.clients().forget(integration.id());
        spec.commandLine()
            .getOut()
            .println(
                "Removed integration \""
                    + name
                    + "\"; its credentials are deleted"
                    + (keepHistory
                        ? " and its history kept (read it: bobsync people " + name + " --removed)."
                        : " with its history.")
                    + " Data already in Remote is untouched.");
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }

  /** {@code integration set}: changes settings of a stored integration. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = "Changes an integration's settings.")
  static final class Set implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--interval",
        paramLabel = "DURATION",
        description = "How often it syncs by itself, from 15m to 24h (e.g. 60m, 4h), or 0 (off).")
    String interval;

    @Option(
        names = "--legal-entity",
        paramLabel = "COUNTRY=ID",
        description =
            "Remote legal entity engaging Global Payroll employees of a country (alpha-3, or *).")
    Map<String, String> legalEntities;

    @Option(
        names = "--remote-status",
        arity = "1",
        paramLabel = "on|off",
        converter = OnOff.class,
        description =
            "Write each person's sync status and reason to a \"Remote status\" field in HiBob's"
                + " Work section after each sync (off by default; needs Work > Edit selected"
                + " employees' Work sections).")
    Boolean remoteStatus;

    @Override
    public Integer call() {
      try (App app = data.open()) {
        Integration integration = DataOptions.integration(app, name);
        if (remoteStatus != null) {
          new StatusSettingsStore(app.store()).switchTo(integration, remoteStatus);
          integration = DataOptions.integration(app, name);
        }
        if (interval != null) {
          app.store()
              .integrations()
              .updateInterval(integration.id(), Durations.parse(interval, "--interval"));
        }
        if (legalEntities != null) {
          new RemoteSettingsEditor(app.store(), app.clients())
              .addLegalEntities(integration, legalEntities);
        }
        spec.commandLine().getOut().println("Updated integration \"" + name + "\".");
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }

  /** {@code integration legal-entities}: Remote's legal entities, and choosing one per country. */
  @Command(
      name = "legal-entities",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the Remote company's legal entities (read from Remote now) and which engages Global"
            + " Payroll employees of each country. A country with one Global-Payroll-enabled"
            + " entity uses it without asking; with several, choose one with --set.",
        "An id Remote does not list is refused."
      })
  static final class LegalEntities implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--set",
        paramLabel = "COUNTRY=ID",
        description = "Choose the legal entity for a country (alpha-3 code or name, or * for any).")
    Map<String, String> chosen;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        Integration integration = DataOptions.integration(app, name);
        RemoteSettingsEditor editor = new RemoteSettingsEditor(app.store(), app.clients());
        RemoteSettings settings =
            chosen == null
                ? editor.refreshLegalEntities(integration)
                : editor.addLegalEntities(integration, chosen);
        List<LegalEntityChoice.Row> rows = LegalEntityChoice.rows(settings);
        if (rows.isEmpty()) {
          out.println("Remote lists no legal entities for this company.");
        }
        for (LegalEntityChoice.Row row : rows) {
          var e = row.entity();
          out.printf(
              "%-24s %-4s %-15s %s  %s%n",
              e.id(),
              e.countryCode() == null ? "-" : e.countryCode(),
              e.globalPayroll() ? "Global Payroll" : "",
              e.name(),
              row.use().isEmpty() ? "" : "- " + row.use());
        }
        out.flush();
        return 0;
      }
    }
  }
}
