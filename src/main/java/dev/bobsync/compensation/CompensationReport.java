package dev.bobsync.compensation;

import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.hibob.AccessReport.Severity;
import java.util.List;

/**
 * What reading HiBob for the compensation export found (rules C1, V4): the connection's outcome,
 * the diagnostics, how many people came back.
 *
 * @param problem why nothing could be read (401, 403, unreachable), or {@code null}
 * @param hibobCalls HiBob calls spent
 */
public record CompensationReport(
    Outcome outcome,
    String problem,
    List<Diagnostic> diagnostics,
    int employees,
    int leavers,
    int hibobCalls) {

  public CompensationReport {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Every permission to add in HiBob, without repeats. */
  public List<String> permissionsToAdd() {
    return diagnostics.stream()
        .filter(d -> d.severity() != Severity.INFO)
        .flatMap(d -> d.permissions().stream())
        .distinct()
        .toList();
  }

  /** Whether HiBob answered at all (the credentials worked and it could be reached). */
  public boolean connected() {
    return outcome == Outcome.OK || outcome == Outcome.INCOMPLETE;
  }
}
