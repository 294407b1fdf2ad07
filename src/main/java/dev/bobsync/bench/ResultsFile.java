package dev.bobsync.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes the results as JSON ({@code bench/results/latest.json}). */
final class ResultsFile {
  static final List<String> NOTES =
      List.of(
          "The realistic (Remote 20/min, HiBob 50/min) and partner (Remote 250/min) profiles run on"
              + " a virtual clock shared by both emulators and bobsync's rate limiters: a wait"
              + " moves the clock on instead of sleeping, and real time keeps counting, so their"
              + " wall seconds are what the run would take against APIs as fast as the emulators."
              + " The throughput profile runs on the real clock with the limits raised.",
          "Each run is the scheduler's: the employee sync, then the time-off sync. calls are what"
              + " the emulators received; peopleCounted and timeOffCounted what bobsync counted in"
              + " each part.",
          "bound = the minimum calls of each API over its limit per minute (whichever is longer);"
              + " minimum = 1 people search + field metadata + the time-off feed, one write per"
              + " person to create or change, and Remote listings: all employments on the first"
              + " run, later only those not yet active (nobody is active, so no time off can be"
              + " booked). peopleCallsRatio compares the employee sync's calls with its share.",
          "CPU = thread CPU time of the thread running the sync, bobsync's HTTP client threads"
              + " and H2's background threads; emulator threads, GC and JIT are in processCpu.",
          "heap = the whole process, both emulators included: baseline after a full GC before"
              + " the run, peak used during it, and the most left after a GC during it.");

  private final ObjectMapper json = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void write(
      Path file,
      Instant date,
      Machine machine,
      Benchmark.Options options,
      Benchmark.Results results,
      List<Targets.Target> targets)
      throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("date", date.toString());
    root.set("machine", json.valueToTree(machine));
    ObjectNode opts = root.putObject("options");
    opts.set("sizes", json.valueToTree(options.sizes()));
    ArrayNode profiles = opts.putArray("profiles");
    options.profiles().forEach(p -> profiles.add(p.id()));
    opts.put("seed", options.seed());
    root.set("notes", json.valueToTree(NOTES));
    ArrayNode rows = root.putArray("results");
    results.syncs().forEach(m -> rows.add(row(m)));
    ArrayNode webhook = root.putArray("webhook");
    for (Benchmark.WebhookRun run : results.webhook()) {
      ObjectNode w = webhook.addObject().put("profile", run.profile().id());
      w.put("people", run.people());
      if (run.latencies().isPresent()) {
        w.set("latencies", json.valueToTree(run.latencies().get()));
      } else {
        w.put("status", "not measured: nobody was synced to change");
      }
      run.remoteEvents().ifPresent(l -> w.set("remoteEvents", json.valueToTree(l)));
    }
    root.set("targets", json.valueToTree(targets));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    json.writeValue(file.toFile(), root);
  }

  private ObjectNode row(Measurement m) {
    ObjectNode r = json.createObjectNode();
    r.put("profile", m.profile().id());
    r.put("people", m.people());
    r.put("selected", m.selected());
    r.put("scenario", m.scenario().id());
    r.put("clock", m.profile().virtualClock() ? "virtual" : "real");
    r.put("remotePerMinute", m.profile().remotePerMinute());
    r.put("hibobSearchPerMinute", m.profile().hibobPerMinute());
    ObjectNode calls = r.putObject("calls");
    calls.put("hibob", m.calls().hibob());
    calls.put("remoteReads", m.calls().remoteReads());
    calls.put("remoteWrites", m.calls().remoteWrites());
    calls.put("rateLimited", m.calls().rateLimited());
    calls.put("total", m.actualTotal());
    calls.put("rateLimitedByHibob", m.hibobRateLimited());
    calls.set("remoteByRoute", json.valueToTree(m.remoteByRoute()));
    calls.set("hibobByRoute", json.valueToTree(m.hibobByRoute()));
    calls.set("peopleCounted", json.valueToTree(m.peopleCalls()));
    calls.set("timeOffCounted", json.valueToTree(m.timeOffCalls()));
    ObjectNode min = r.putObject("minimum");
    min.put("hibob", m.minimum().hibob());
    min.put("timeOffFeed", m.minimum().timeOffFeed());
    min.put("remoteReads", m.minimum().remoteReads());
    min.put("remoteWrites", m.minimum().remoteWrites());
    min.put("total", m.minimum().total());
    r.put("callsRatio", round(m.callsRatio()));
    r.put("peopleCallsRatio", round(m.peopleRatio()));
    r.put("wallSeconds", round(m.wallSeconds()));
    r.put("realSeconds", round(m.realSeconds()));
    r.put("boundSeconds", round(m.boundSeconds()));
    r.put("wallRatio", Double.isNaN(m.wallRatio()) ? null : round(m.wallRatio()));
    r.put("cpuSeconds", round(m.cpu().syncSeconds()));
    r.put("processCpuSeconds", round(m.cpu().processSeconds()));
    ObjectNode heap = r.putObject("heapMiB");
    heap.put("baseline", m.heap().baseline() >> 20);
    heap.put("peak", m.heap().peakUsed() >> 20);
    heap.put("peakAfterGc", m.heap().peakAfterGc() >> 20);
    r.put("databaseMiB", round(m.databaseBytes() / 1024.0 / 1024.0));
    r.set("outcome", json.valueToTree(m.outcome()));
    r.put("problem", m.problem());
    return r;
  }

  private static double round(double value) {
    return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : -1;
  }
}
