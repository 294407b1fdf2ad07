package dev.bobsync.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Json;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** A probe's result as one text table, or as JSON. */
public final class ProbeTable {
  private ProbeTable() {}

  public static void print(ProbeResult result, PrintWriter out) {
    String format = "%-7s %-52s %6s  %-44s %7s  %s%n";
    out.printf(format, "SIDE", "ENDPOINT", "STATUS", "CONTRACT", "MS", "RATE LIMIT");
    for (ProbeRow r : result.rows()) {
      out.printf(
          format,
          r.side(),
          r.endpoint(),
          r.status() == 0 ? "-" : String.valueOf(r.status()),
          r.verdict(),
          r.millis(),
          r.rateLimits().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(" ")));
      for (String d : r.differences()) {
        out.println("        - " + d);
      }
    }
    long differing = result.rows().stream().filter(r -> !r.fits()).count();
    out.println(
        result.fits()
            ? "Every answer fits bobsync's contracts."
            : differing + " of " + result.rows().size() + " calls differ or were not checked.");
    out.flush();
  }

  public static String json(ProbeResult result) {
    ObjectMapper mapper = Json.newMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("integration", result.integration());
    root.put("fits", result.fits());
    ArrayNode calls = root.putArray("calls");
    for (ProbeRow r : result.rows()) {
      ObjectNode c = calls.addObject();
      c.put("side", r.side());
      c.put("endpoint", r.endpoint());
      c.put("status", r.status());
      c.put("fits", r.fits());
      r.differences().forEach(c.putArray("differences")::add);
      c.put("millis", r.millis());
      ObjectNode limits = c.putObject("rateLimits");
      r.rateLimits().forEach(limits::put);
      if (r.note() != null) {
        c.put("note", r.note());
      }
    }
    return root.toPrettyString();
  }
}
