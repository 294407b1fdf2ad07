package dev.bobsync.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.SyncRun;
import dev.bobsync.words.AuditLine;
import dev.bobsync.words.PersonSummaries;
import dev.bobsync.words.RunSummaries;
import dev.bobsync.words.Statuses;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** The REST API's JSON shapes; no credential is ever part of one. */
final class ApiViews {
  private final ObjectMapper json;

  ApiViews(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode integration(
      Integration i,
      Map<String, Integer> counts,
      SyncRun lastRun,
      boolean running,
      Instant nextRun) {
    ObjectNode n = json.createObjectNode();
    n.put("id", i.id());
    n.put("name", i.name());
    n.put("hibobUrl", i.hibobUrl());
    n.put("remoteUrl", i.remoteUrl());
    n.put("intervalMinutes", i.syncInterval().toMinutes());
    n.put("createdAt", text(i.createdAt()));
    n.put("running", running);
    n.put("nextRun", text(nextRun));
    n.set("lastRun", lastRun == null ? null : run(lastRun));
    n.set("people", json.valueToTree(counts));
    n.set("lastCheck", parse(i.lastCheckJson()));
    n.put("lastCheckAt", text(i.lastCheckAt()));
    return n;
  }

  ObjectNode run(SyncRun r) {
    ObjectNode n = json.createObjectNode();
    n.put("id", r.id());
    n.put("kind", r.kind());
    n.put("trigger", r.trigger());
    n.put("state", r.state());
    n.put("node", r.node());
    n.put("startedAt", text(r.startedAt()));
    n.put("finishedAt", text(r.finishedAt()));
    n.put("done", r.done());
    n.put("total", r.total());
    n.set("counts", parse(r.countsJson()));
    n.put("summary", summary(r));
    n.put("hibobCalls", r.hibobCalls());
    n.put("remoteCalls", r.remoteCalls());
    n.put("error", r.error());
    return n;
  }

  ObjectNode person(PersonRecord p) {
    ObjectNode n = json.createObjectNode();
    n.put("hibobId", p.hibobId());
    n.put("name", p.displayName());
    n.put("email", p.email());
    n.put("syncType", p.syncType());
    n.put("status", p.status());
    n.put("reason", p.reasonCode());
    n.put("message", p.message());
    n.put("remoteId", p.remoteId());
    n.put("remoteStatus", p.remoteStatus());
    n.put("lastChange", p.lastChange());
    n.put("summary", PersonSummaries.of(p.displayName(), p.syncType(), p.status(), p.reasonCode()));
    n.put("updatedAt", text(p.updatedAt()));
    return n;
  }

  /** An audit entry: its machine fields, and {@code summary}: the same words as the Audit tab. */
  ObjectNode audit(AuditEntry e, AuditLine line) {
    ObjectNode n = json.createObjectNode();
    n.put("id", e.id());
    n.put("summary", line.sentence());
    n.put("at", text(e.at()));
    n.put("actor", e.actor());
    n.put("target", e.target());
    n.put("action", e.action());
    n.put("hibobId", e.subject());
    n.put("remoteId", e.remoteId());
    n.set("fields", json.valueToTree(e.fields()));
    n.set("before", parse(e.beforeJson()));
    n.set("after", parse(e.afterJson()));
    return n;
  }

  /** "Employees to Remote: 3 created, 1 failed", as the Sync history tab says it. */
  private String summary(SyncRun r) {
    String counts = new RunSummaries(json).counts(r.kind(), r.countsJson());
    return RunSummaries.kind(r.kind())
        + " ("
        + Statuses.trigger(r.trigger())
        + "): "
        + Statuses.run(r.state())
        + (counts.isEmpty() ? "" : ", " + counts);
  }

  ObjectNode error(String code, String message) {
    return json.createObjectNode().put("error", code).put("message", message);
  }

  JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return json.getNodeFactory().textNode(text);
    }
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
