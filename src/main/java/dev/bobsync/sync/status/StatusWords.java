package dev.bobsync.sync.status;

import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.words.Codes;
import dev.bobsync.words.Reasons;
import dev.bobsync.words.Statuses;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's sync status and its reason in the page's words (from {@code dev.bobsync.words}), for
 * alerts and the "Remote status" field in HiBob. Words only: never a value from the person's
 * record, so nothing secret can slip in.
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
    return Statuses.person(status.code());
  }

  /** Why, in the page's words; {@code null} for no reason. */
  public static String reason(Reason reason) {
    return reason == null ? null : Codes.decapitalized(Reasons.of(reason.name()));
  }

  /** "Waiting: start date not in the future", or just "Synced". */
  public static String of(PersonStatus status, Reason reason) {
    String why = reason(reason);
    return why == null ? status(status) : status(status) + ": " + why;
  }

  /** Whether the person waits for an admin to do something (waiting, or a reason to act on). */
  public static boolean needsAdmin(PersonStatus status, Reason reason) {
    return status == PersonStatus.WAITING || reason != null && ADMIN_ACTION.contains(reason);
  }
}
