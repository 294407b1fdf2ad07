package dev.bobsync.store;

import java.time.Instant;

/**
 * One entry of the access log: who ({@code actor}: an e-mail, an API token's name, the command
 * line), what ({@code action}, e.g. {@code GET /api/v1/integrations} or {@code role changed}), with
 * which {@code outcome} ({@code allowed}, {@code refused} or an HTTP status), why ({@code detail}),
 * when and from where ({@code address}). {@code id} is assigned by the store; a null {@code at}
 * means now.
 */
public record AccessEvent(
    Long id,
    String workspaceId,
    Instant at,
    String actor,
    String action,
    String outcome,
    String detail,
    String address) {

  /** An event to record now. */
  public static AccessEvent of(
      String workspaceId,
      String actor,
      String action,
      String outcome,
      String detail,
      String address) {
    return new AccessEvent(null, workspaceId, null, actor, action, outcome, detail, address);
  }
}
