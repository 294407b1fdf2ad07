package dev.bobsync.store;

import java.time.Instant;
import java.util.List;

/**
 * One write made to Remote or HiBob: who ({@code actor}), where ({@code target}: {@code remote} or
 * {@code hibob}; for an alert, {@code email} or {@code webhook}), what ({@code action}, {@code
 * fields}) to whom ({@code subject}: the HiBob id, {@code remoteId}), with the values before and
 * after as JSON. {@code id} is assigned by the store; a null {@code at} means now.
 */
public record AuditEntry(
    Long id,
    String integrationId,
    String runId,
    Instant at,
    String actor,
    String target,
    String action,
    String subject,
    String remoteId,
    List<String> fields,
    String beforeJson,
    String afterJson) {
  public AuditEntry {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
