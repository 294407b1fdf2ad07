package dev.bobsync.hibob;

import java.util.List;
import java.util.Map;

/**
 * What a HiBob service user can see, found by asking for the fields a product needs (rules C1-C3).
 *
 * @param hidden field id to the permission that would show it
 * @param employees how many people the service user sees, leavers included
 */
public record AccessReport(
    Outcome outcome,
    String problem,
    List<Finding> findings,
    Map<String, String> hidden,
    int employees,
    int leavers,
    List<FieldMeta> metadata) {

  public AccessReport {
    findings = List.copyOf(findings);
    hidden = Map.copyOf(hidden);
    metadata = List.copyOf(metadata);
  }

  /** C1: the four answers a connection check gives, and one for an API that cannot be reached. */
  public enum Outcome {
    OK,
    INCOMPLETE,
    BAD_CREDENTIALS,
    NO_PERMISSION_GROUP,
    UNREACHABLE
  }

  /** How much a finding matters: missing blocks data, the others inform. */
  public enum Severity {
    MISSING,
    WARNING,
    INFO
  }

  /**
   * One thing to fix or know, in HiBob's words.
   *
   * @param permission what to tick in HiBob, or {@code null} for information
   * @param neededFor what the product cannot do without it
   */
  public record Finding(Severity severity, String permission, String neededFor, String message) {}

  static AccessReport failed(Outcome outcome, String problem) {
    return new AccessReport(outcome, problem, List.of(), Map.of(), 0, 0, List.of());
  }
}
