package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.app.App;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Page;
import dev.bobsync.store.TimeOffRecord;
import dev.bobsync.sync.timeoff.TimeOffSettings;
import dev.bobsync.sync.timeoff.TimeOffSettingsEditor;
import dev.bobsync.sync.timeoff.TimeOffStatus;
import dev.bobsync.words.Reasons;
import dev.bobsync.words.Statuses;
import dev.bobsync.words.TimeOffWords;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync timeoff NAME}: every HiBob time-off request's status, or the settings (R9). */
@Command(
    name = "timeoff",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the HiBob time-off requests the time-off sync has seen: status, reason, Remote id.",
      "With --settings (or any option that changes them) shows or changes the time-off settings."
    })
public final class TimeOffCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--status",
      paramLabel = "S",
      description = "Only this status: booked, cancelled, waiting, skipped or failed.")
  String status;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--settings", description = "Show the time-off settings.")
  boolean settings;

  @Option(
      names = "--look-back",
      paramLabel = "WHEN",
      description = "Book time off from: year (1 January, default), today, or a date YYYY-MM-DD.")
  String lookBack;

  @Option(
      names = "--map-type",
      paramLabel = "HIBOB=REMOTE",
      description =
          "Map a HiBob policy type to a Remote time-off type, e.g. \"Personal day=other\".")
  Map<String, String> mapTypes;

  @Option(
      names = "--unmap-type",
      paramLabel = "HIBOB",
      description = "Forget a HiBob policy type's mapping.")
  List<String> unmapTypes;

  @Option(
      names = "--work-week",
      paramLabel = "COUNTRY=DAYS",
      description = "Work days of a country (or * for all others), e.g. ISR=SUN-THU.")
  Map<String, String> workWeeks;

  @Option(
      names = "--timezone",
      paramLabel = "COUNTRY=ZONE",
      description = "Time zone Remote gets for a country, e.g. USA=America/Chicago.")
  Map<String, String> timezones;

  @Override
  public Integer call() {
    if (status != null) {
      try {
        TimeOffStatus.fromCode(status);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--status takes booked, cancelled, waiting, skipped or failed, not \"" + status + "\"");
      }
    }
    TimeOffSettingsEditor.Changes changes =
        new TimeOffSettingsEditor.Changes(lookBack, mapTypes, unmapTypes, workWeeks, timezones);
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      TimeOffSettingsEditor editor = new TimeOffSettingsEditor(app.store());
      if (!changes.isEmpty() || settings) {
        TimeOffSettings s =
            changes.isEmpty() ? editor.read(integration) : editor.update(integration, changes);
        printSettings(out, s, hibobTypes(app, integration));
      } else {
        list(out, app, integration);
      }
      out.flush();
      return 0;
    }
  }

  private void list(PrintWriter out, App app, Integration integration) {
    String code = status == null ? null : status.trim().toLowerCase(Locale.ROOT);
    Page<TimeOffRecord> page =
        app.store().timeOff().search(integration.id(), code, Integer.MAX_VALUE, 0);
    if (json) {
      ObjectMapper mapper = Json.newMapper();
      ArrayNode rows = mapper.createArrayNode();
      page.items().forEach(r -> rows.add(row(mapper, r)));
      out.println(rows.toPrettyString());
      return;
    }
    if (page.items().isEmpty()) {
      out.println(
          "No time-off requests"
              + (status == null ? "" : " with status " + Statuses.timeOff(status.trim()))
              + " yet. Run: bobsync sync "
              + name);
      return;
    }
    out.printf(
        "%-10s %-24s %-16s %-23s %-9s %-32s %s%n",
        "REQUEST", "NAME", "POLICY", "DATES", "STATUS", "REASON", "REMOTE ID");
    for (TimeOffRecord r : page.items()) {
      out.printf(
          "%-10s %-24s %-16s %-23s %-9s %-32s %s%n",
          Printer.cut(r.requestId(), 10),
          Printer.cut(r.employeeName() == null ? r.employeeId() : r.employeeName(), 24),
          Printer.cut(r.policyType(), 16),
          r.startDate() + (r.endDate() == null ? "" : ".." + r.endDate()),
          Statuses.timeOff(r.status()),
          r.reasonCode() == null ? "-" : Printer.cut(Reasons.of(r.reasonCode()), 32),
          r.remoteTimeOffId() == null ? "-" : r.remoteTimeOffId());
      if (r.message() != null) {
        String who = r.employeeName() == null ? r.employeeId() : r.employeeName();
        out.println(
            "    "
                + TimeOffWords.explanation(
                    r.message(), r.requestId(), who, r.policyType(), r.startDate(), r.endDate()));
      }
    }
    out.println(page.total() + " requests");
  }

  private static ObjectNode row(ObjectMapper mapper, TimeOffRecord r) {
    ObjectNode node = mapper.createObjectNode();
    node.put("requestId", r.requestId())
        .put("employeeId", r.employeeId())
        .put("name", r.employeeName())
        .put("policyType", r.policyType())
        .put("startDate", String.valueOf(r.startDate()))
        .put("endDate", String.valueOf(r.endDate()))
        .put("hibobStatus", r.hibobStatus())
        .put("hibobSays", Statuses.hibobRequest(r.hibobStatus()))
        .put("status", r.status())
        .put("reason", r.reasonCode())
        .put("message", r.message())
        .put("remoteEmploymentId", r.remoteEmploymentId())
        .put("remoteTimeOffId", r.remoteTimeOffId())
        .put("bookedDays", r.bookedDays())
        .put("previousRequestId", r.previousRequestId())
        .put("updatedAt", String.valueOf(r.updatedAt()));
    return node;
  }

  /** HiBob's policy types and their mapping, or why they could not be read. */
  private static Object hibobTypes(App app, Integration integration) {
    try {
      return app.timeOffSync()
          .policyTypes(app.store().integrations().byId(integration.id()).orElseThrow());
    } catch (ApiException e) {
      return e.getMessage();
    }
  }

  private void printSettings(PrintWriter out, TimeOffSettings s, Object hibobTypes) {
    if (json) {
      ObjectMapper mapper = Json.newMapper();
      ObjectNode node = mapper.valueToTree(s);
      if (hibobTypes instanceof Map<?, ?> types) {
        node.set("hibobPolicyTypes", mapper.valueToTree(types));
      }
      out.println(node.toPrettyString());
      return;
    }
    out.println("Time-off settings of \"" + name + "\":");
    out.println("  look-back: " + s.lookBack());
    out.println("  policy types (HiBob -> Remote):");
    new TreeMap<>(s.policyTypes()).forEach((k, v) -> out.println("    " + k + " -> " + v));
    out.println("  work weeks:");
    new TreeMap<>(s.workWeeks())
        .forEach((k, v) -> out.println("    " + k + ": " + String.join(", ", days(v))));
    out.println("  time zones: " + s.timezones().size() + " countries (--json lists them)");
    if (hibobTypes instanceof Map<?, ?> types) {
      out.println("  HiBob's policy types:");
      types.forEach(
          (type, remote) ->
              out.println(
                  "    "
                      + type
                      + " -> "
                      + (remote == null ? "not mapped: its approved requests fail" : remote)));
    } else {
      out.println("  HiBob's policy types could not be read: " + hibobTypes);
    }
  }

  /** The days in week order, starting after a day off: SUN, MON, TUE, WED, THU. */
  private static List<String> days(List<DayOfWeek> days) {
    DayOfWeek first =
        days.stream().filter(d -> !days.contains(d.minus(1))).findFirst().orElse(DayOfWeek.MONDAY);
    return days.stream()
        .sorted(java.util.Comparator.comparingInt(d -> (d.getValue() - first.getValue() + 7) % 7))
        .map(d -> d.name().substring(0, 3))
        .toList();
  }
}
