package dev.bobsync.sync.timeoff;

import dev.bobsync.sync.timeoff.TimeOffAction.Hold;

/**
 * Why a request is not booked, in the admin's words: each check returns the hold, or null when
 * nothing stands in the way. Pure; the planner decides the order.
 */
final class Holds {
  private Holds() {}

  static Hold of(TimeOffRequest r, TimeOffPerson p, TimeOffReason reason, String message) {
    return new Hold(r, p, reason, TimeOffMessages.describe(r, p) + " " + message);
  }

  /** Declined, cancelled or deleted in HiBob before anything was booked. */
  static Hold withdrawn(TimeOffRequest r, TimeOffPerson p) {
    return switch (r.state()) {
      case CANCELED ->
          of(r, p, TimeOffReason.CANCELLED_BEFORE_BOOKING, "was cancelled in HiBob" + why(r) + ".");
      case DELETED -> of(r, p, TimeOffReason.DELETED_BEFORE_BOOKING, "was deleted in HiBob.");
      case DECLINED -> of(r, p, TimeOffReason.DECLINED, "was declined in HiBob.");
      default -> null;
    };
  }

  /** Not an EOR or Global Payroll employee bobsync syncs. */
  static Hold person(TimeOffRequest r, TimeOffPerson p) {
    if (p == null || p.syncType() == null) {
      return of(
          r,
          p,
          TimeOffReason.PERSON_NOT_SYNCED,
          "is not synced: the employee has no \"Sync to Remote\" value, or the employee sync has"
              + " not seen them. Only EOR and Global Payroll employees' time off goes to Remote.");
    }
    if (p.contractor()) {
      return of(
          r, p, TimeOffReason.CONTRACTOR, "is a contractor's: Remote has no time off for them.");
    }
    return null;
  }

  /** HiBob has not said that it is approved: not found, unreadable or pending. */
  static Hold hibob(TimeOffRequest r, TimeOffPerson p) {
    return switch (r.state()) {
      case NOT_FOUND ->
          of(
              r,
              p,
              TimeOffReason.REQUEST_NOT_FOUND,
              "is in HiBob's change feed, but HiBob answers 404 for it (deleted, or not visible to"
                  + " the service user). bobsync looks again on the next sync.");
      case UNKNOWN ->
          of(
              r,
              p,
              TimeOffReason.HIBOB_UNAVAILABLE,
              (r.readProblem() == null ? "could not be read from HiBob." : r.readProblem())
                  + " bobsync tries again on the next sync.");
      case PENDING ->
          of(
              r,
              p,
              TimeOffReason.PENDING_APPROVAL,
              "is pending approval in HiBob; it is booked once approved.");
      default -> null;
    };
  }

  /** The person's Remote employment cannot take time off (yet). */
  static Hold remote(TimeOffRequest r, TimeOffPerson p) {
    if (!p.linked()) {
      return of(
          r,
          p,
          TimeOffReason.NOT_IN_REMOTE_YET,
          "waits: "
              + p.name()
              + " is not in Remote yet"
              + (p.syncStatus() == null ? "" : " (employee sync: " + p.syncStatus() + ")")
              + ". It is booked once they are active in Remote.");
    }
    if (p.remoteProblem() != null) {
      return of(r, p, TimeOffReason.REMOTE_UNAVAILABLE, p.remoteProblem());
    }
    if (p.ended()) {
      return of(
          r,
          p,
          TimeOffReason.EMPLOYMENT_ENDED,
          "is not booked: the Remote employment is " + p.remoteStatus() + ".");
    }
    if (!p.active()) {
      return of(
          r,
          p,
          TimeOffReason.NOT_ACTIVE_YET,
          "waits: the Remote employment is "
              + (p.remoteStatus() == null ? "not active" : p.remoteStatus())
              + "; time off is booked once it is active.");
    }
    return null;
  }

  static Hold unmapped(TimeOffRequest r, TimeOffPerson p) {
    return of(
        r,
        p,
        TimeOffReason.UNMAPPED_POLICY_TYPE,
        "has the HiBob policy type \""
            + r.policyType()
            + "\", which has no Remote time-off type. Map it in the integration's time-off"
            + " settings (bobsync timeoff NAME --map-type \""
            + r.policyType()
            + "=other\").");
  }

  /** " (Replaced by request 12)" when HiBob gave a reason for its last change. */
  static String why(TimeOffRequest r) {
    return r.changeReason() == null || r.changeReason().isBlank()
        ? ""
        : " (" + r.changeReason().strip() + ")";
  }
}
