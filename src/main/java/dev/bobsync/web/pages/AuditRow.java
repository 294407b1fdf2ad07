package dev.bobsync.web.pages;

import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.words.AuditLine;
import dev.bobsync.words.AuditLines;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of the Audit tab: the entry in words, with links to the person's row on the People tab
 * and to their Remote profile, and the raw entry for engineers.
 *
 * @param peopleLink the People tab filtered to this person, or null when the entry names nobody
 * @param remoteLink the person's Remote profile, or null when they have none
 */
public record AuditRow(AuditEntry entry, AuditLine line, String peopleLink, String remoteLink) {

  /** The rows of a page of entries; each person is looked up once. */
  static java.util.List<AuditRow> of(
      java.util.List<AuditEntry> entries,
      String integrationId,
      String remoteUrl,
      Function<String, PersonRecord> person,
      AuditLines lines) {
    Map<String, PersonRecord> seen = new java.util.HashMap<>();
    return entries.stream()
        .map(
            e -> {
              PersonRecord p =
                  e.subject() == null ? null : seen.computeIfAbsent(e.subject(), person);
              AuditLine line =
                  lines.of(e, p == null ? null : p.displayName(), p == null ? null : p.syncType());
              String people = p == null ? null : peopleLink(integrationId, p);
              String remoteId = p != null && p.remoteId() != null ? p.remoteId() : employment(e);
              String remote = remoteId == null ? null : RemoteLinks.profile(remoteUrl, remoteId);
              return new AuditRow(e, line, people, remote);
            })
        .toList();
  }

  private static String peopleLink(String integrationId, PersonRecord p) {
    String q = p.email() != null && !p.email().isBlank() ? p.email() : p.displayName();
    return "/integrations/"
        + integrationId
        + "/people?q="
        + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8);
  }

  /** The entry's Remote id when it is an employment's (not a time off's or a department's). */
  private static String employment(AuditEntry e) {
    return e.subject() != null && e.action() != null && e.action().endsWith("_employment")
        ? e.remoteId()
        : null;
  }
}
