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

  /**
   * Whether the check passed well enough to store the integration: connected, perhaps incomplete.
   */
  public boolean passed() {
    AccessReport.Outcome o = outcome();
    return o == AccessReport.Outcome.OK || o == AccessReport.Outcome.INCOMPLETE;
  }

  /**
   * What failed, naming the side (HiBob or Remote) in its own words; {@code null} when the check
   * passed. HiBob is checked first, so when both fail, HiBob's problem is named and Remote's
   * follows.
   */
  public String failure() {
    AccessReport.Outcome hibobOutcome = hibob.outcome();
    boolean hibobFailed =
        hibobOutcome != AccessReport.Outcome.OK && hibobOutcome != AccessReport.Outcome.INCOMPLETE;
    if (hibobFailed) {
      return hibob.problem() + (remoteProblem == null ? "" : " " + remoteProblem);
    }
    return remoteProblem;
  }

  /** One line saying how the check went, naming the side that failed. */
  public String headline() {
    AccessReport.Outcome hibobOutcome = hibob.outcome();
    return switch (hibobOutcome) {
      case BAD_CREDENTIALS -> "HiBob refused the service user id or token.";
      case NO_PERMISSION_GROUP -> "HiBob denies the service user everything.";
      case UNREACHABLE ->
          hibob.problem() != null && hibob.problem().contains("web page")
              ? "HiBob's address answers a web page, not the API."
              : "HiBob could not be reached.";
      case OK, INCOMPLETE -> {
        if (remoteProblem != null) {
          yield remoteProblem.startsWith("Remote refused")
              ? "HiBob works; Remote refused the API token."
              : remoteProblem.startsWith("Remote answered")
                  ? "HiBob works; Remote's address does not answer as its API."
                  : "HiBob works; Remote could not be reached.";
        }
        yield outcome() == AccessReport.Outcome.OK
            ? "Connected: everything the sync needs is visible."
            : "Connected, but some permissions are missing in HiBob.";
      }
    };
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
