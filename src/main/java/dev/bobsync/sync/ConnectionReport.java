package dev.bobsync.sync;

import dev.bobsync.hibob.AccessReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "is this integration set up right?" (rules C1, C2, R1, R12): HiBob's side, the
 * "Sync to Remote" field, and Remote's token.
 *
 * @param remoteProblem what is wrong with Remote's token, or {@code null} when it works
 * @param setupWrites what connecting created in HiBob (R1)
 * @param setupMissing permissions the R1 setup lacked, in HiBob's words
 */
public record ConnectionReport(
    AccessReport hibob,
    String remoteProblem,
    RemoteSettings settings,
    List<HibobWrite> setupWrites,
    List<String> setupMissing) {

  public ConnectionReport {
    setupWrites = List.copyOf(setupWrites);
    setupMissing = List.copyOf(setupMissing);
  }

  /** What connecting created in HiBob, in words. */
  public List<String> setupDone() {
    return setupWrites.stream().map(HibobWrite::description).toList();
  }

  /** The overall answer: the worst of HiBob's outcome, the setup and Remote's token. */
  public AccessReport.Outcome outcome() {
    AccessReport.Outcome hibobOutcome = hibob.outcome();
    if (hibobOutcome != AccessReport.Outcome.OK) {
      return hibobOutcome;
    }
    if (remoteProblem != null) {
      return remoteProblem.contains("401")
          ? AccessReport.Outcome.BAD_CREDENTIALS
          : AccessReport.Outcome.UNREACHABLE;
    }
    return setupMissing.isEmpty() ? AccessReport.Outcome.OK : AccessReport.Outcome.INCOMPLETE;
  }

  /** Every permission to add in HiBob, in HiBob's words, without repeats. */
  public List<String> permissionsToAdd() {
    List<String> all = new ArrayList<>();
    hibob.findings().stream()
        .filter(f -> f.severity() != AccessReport.Severity.INFO && f.permission() != null)
        .map(
            f ->
                f.permission()
                    + (f.neededFor() == null ? "" : " (needed for " + f.neededFor() + ")"))
        .forEach(all::add);
    all.addAll(setupMissing);
    return all.stream().distinct().toList();
  }
}
