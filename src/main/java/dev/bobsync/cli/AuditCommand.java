package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.words.AuditActions;
import dev.bobsync.words.AuditLine;
import dev.bobsync.words.AuditLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync audit NAME}: the writes bobsync made to Remote and HiBob, newest first. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Lists the writes bobsync made to Remote and HiBob, newest first, in words (the Audit tab).")
public final class AuditCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N entries (default 50).")
  int limit;

  @Option(
      names = "--json",
      description = "Print JSON: the entries' fields and a \"summary\" in words.")
  boolean json;

  @Option(
      names = "--removed",
      description = "Read the history kept by \"integration remove --keep-history\".")
  boolean removed;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration =
          removed ? DataOptions.removedIntegration(app, name) : DataOptions.integration(app, name);
      ObjectMapper mapper = Json.newMapper();
      AuditLines lines = new AuditLines(mapper);
      Map<String, PersonRecord> people = new HashMap<>();
      List<AuditEntry> entries = app.store().audit().list(integration.id(), limit, 0);
      ArrayNode rows = mapper.createArrayNode();
      if (entries.isEmpty() && !json) {
        out.println("Nothing written yet.");
      }
      for (AuditEntry e : entries) {
        PersonRecord p =
            e.subject() == null
                ? null
                : people.computeIfAbsent(
                    e.subject(),
                    id -> app.store().people().find(integration.id(), id).orElse(null));
        AuditLine line =
            lines.of(e, p == null ? null : p.displayName(), p == null ? null : p.syncType());
        if (json) {
          rows.add(row(mapper, e, line));
        } else {
          out.println(
              WHEN.format(e.at())
                  + "  "
                  + line.sentence()
                  + "  ["
                  + AuditActions.actor(e.actor())
                  + "]");
        }
      }
      if (json) {
        out.println(rows.toPrettyString());
      }
      out.flush();
      return 0;
    }
  }

  private static ObjectNode row(ObjectMapper mapper, AuditEntry e, AuditLine line)
      throws IOException {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("summary", line.sentence());
    n.put("at", String.valueOf(e.at()));
    n.put("actor", e.actor());
    n.put("target", e.target());
    n.put("action", e.action());
    n.put("hibobId", e.subject());
    n.put("remoteId", e.remoteId());
    n.set("fields", mapper.valueToTree(e.fields()));
    n.set("before", e.beforeJson() == null ? null : mapper.readTree(e.beforeJson()));
    n.set("after", e.afterJson() == null ? null : mapper.readTree(e.afterJson()));
    return n;
  }
}
