package dev.bobsync.sync.status;

import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's sync status and its reason in words, for alerts and the "Remote status" field in
 * HiBob. Words only: never a value from the person's record, so nothing secret can slip in.
 */
public final class StatusWords {
  /** Reasons an admin has to act on (in HiBob or in Remote) before the person syncs fully. */
  private static final Set<Reason> ADMIN_ACTION =
      EnumSet.of(
          Reason.START_DATE_NOT_IN_FUTURE,
          Reason.MISSING_REQUIRED_FIELD,
          Reason.INVALID_FIELD,
          Reason.EMAIL_CONFLICT,
          Reason.TYPE_MISMATCH,
          Reason.UNKNOWN_SYNC_VALUE,
          Reason.NO_LEGAL_ENTITY,
          Reason.HIBOB_FIELD_NOT_VISIBLE,
          Reason.NEEDS_CONTRACT_AMENDMENT,
          Reason.CHANGE_IN_REMOTE,
          Reason.REMOTE_FIELDS_NEEDED);

  private StatusWords() {}

  /** "Synced", "Waiting", ... */
  public static String status(PersonStatus status) {
    String code = status.code();
    return Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }

  /** Why, in words; {@code null} for no reason. */
  public static String reason(Reason reason) {
    if (reason == null) {
      return null;
    }
    return switch (reason) {
      case START_DATE_NOT_IN_FUTURE -> "the start date must be in the future for Remote";
      case ARCHIVED_PROFILE -> "the only matching Remote profile is archived";
      case ONBOARDING_IN_PROGRESS -> "onboarding in Remote is in progress; changes wait";
      case NEEDS_CONTRACT_AMENDMENT -> "the change needs a contract amendment in Remote";
      case MISSING_REQUIRED_FIELD -> "data Remote needs is empty in HiBob";
      case INVALID_FIELD -> "data in HiBob that Remote cannot take";
      case EMAIL_CONFLICT -> "the e-mail matches more than one person or profile";
      case TYPE_MISMATCH -> "\"Sync to Remote\" disagrees with the Remote profile's type";
      case LEFT_COMPANY -> "left the company";
      case OFFBOARDING -> "being offboarded in Remote";
      case NOT_SELECTED -> "no longer selected in \"Sync to Remote\"";
      case UNKNOWN_SYNC_VALUE -> "unknown \"Sync to Remote\" value";
      case MANAGER_NOT_IN_REMOTE -> "the manager is not a manager in Remote";
      case NO_LEGAL_ENTITY -> "no Remote legal entity chosen for the country";
      case HIBOB_FIELD_NOT_VISIBLE -> "a field the sync needs is hidden from bobsync in HiBob";
      case CHANGE_IN_REMOTE -> "a change Remote takes only in its own app";
      case REMOTE_FIELDS_NEEDED -> "Remote needs details HiBob does not hold";
      case REMOTE_REJECTED -> "Remote refused the change";
      case REMOTE_UNAVAILABLE -> "Remote did not answer";
    };
  }

  /** "Waiting: the start date must be in the future for Remote", or just "Synced". */
  public static String of(PersonStatus status, Reason reason) {
    String why = reason(reason);
    return why == null ? status(status) : status(status) + ": " + why;
  }

  /** Whether the person waits for an admin to do something (waiting, or a reason to act on). */
  public static boolean needsAdmin(PersonStatus status, Reason reason) {
    return status == PersonStatus.WAITING || reason != null && ADMIN_ACTION.contains(reason);
  }
}
