package dev.bobsync.sync;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiUnavailableException;
import dev.bobsync.sync.plan.Person;

/** The plain words an admin reads when applying a plan to Remote goes wrong. */
final class ApplyMessages {
  private ApplyMessages() {}

  static String remoteFailed(ApiException e) {
    String said = e.apiMessage() == null || e.apiMessage().isBlank() ? "" : ": " + e.apiMessage();
    if (e instanceof ApiUnavailableException) {
      return "Remote did not answer usably ("
          + e.call()
          + said
          + "). bobsync tries again on the"
          + " next sync.";
    }
    return "Remote refused the "
        + e.call()
        + said
        + ". Correct the data in HiBob, or ask Remote"
        + " what it needs.";
  }

  static String unexpected(RuntimeException e) {
    return "bobsync could not sync this person because of an internal error ("
        + e.getClass().getSimpleName()
        + "). The other people were synced; the details are in the service log.";
  }

  static boolean emailTaken(ApiRejectedException e) {
    return e.status() == 422
        && e.fieldErrors().entrySet().stream()
            .anyMatch(
                f ->
                    f.getKey().contains("email")
                        && f.getValue().stream().anyMatch(m -> m.contains("taken")));
  }

  static String emailTakenUnseen(ApiException e) {
    return "Remote says the e-mail is already used by another profile, but no profile bobsync can"
        + " see has it. Check the person's e-mails in Remote (personal, login and work).";
  }

  static String managerNotInRemote(Person p) {
    return "Supervisor "
        + p.managerEmail()
        + " is not a manager in Remote, so the supervisor was left out. Make them a company"
        + " manager in Remote and it syncs on the next run.";
  }

  static String departmentNotCreated(Person p, String remoteSaid) {
    return "The department \""
        + p.department()
        + "\" could not be created in Remote"
        + (remoteSaid == null || remoteSaid.isBlank() ? "" : " (Remote said: " + remoteSaid + ")")
        + ", so it was left out. Create it in Remote, or rename it in HiBob, and it syncs on the"
        + " next run.";
  }

  /** Remote refused a create: its words, and for a legal entity where to choose another. */
  static String createRefused(ApiException e) {
    boolean legalEntity =
        e.fieldErrors().keySet().stream().anyMatch(k -> k.contains("legal_entity"))
            || String.valueOf(e.apiMessage()).contains("legal_entity");
    return remoteFailed(e)
        + (legalEntity
            ? " The legal entity is Remote's choice: pick one on the integration's Settings tab"
                + " (or: bobsync integration legal-entities NAME)."
            : "");
  }
}
