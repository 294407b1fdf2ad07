package dev.bobsync.sync.timeoff;

/**
 * Why a request is where it is: a stable code for JSON and the CLI, the status it puts the request
 * in, and whether later runs look at it again without a new change in HiBob.
 */
public enum TimeOffReason {
  /** Pending in HiBob; booked once approved. HiBob sends no feed entry for a decline. */
  PENDING_APPROVAL(TimeOffStatus.WAITING, true),
  /** The person has a "Sync to Remote" value but no Remote employment yet. */
  NOT_IN_REMOTE_YET(TimeOffStatus.WAITING, true),
  /** The Remote employment is not active yet (created or onboarding). */
  NOT_ACTIVE_YET(TimeOffStatus.WAITING, true),
  /** Declined in HiBob. */
  DECLINED(TimeOffStatus.SKIPPED, false),
  /** Cancelled in HiBob before it was booked. */
  CANCELLED_BEFORE_BOOKING(TimeOffStatus.SKIPPED, false),
  /** Deleted in HiBob before it was booked. */
  DELETED_BEFORE_BOOKING(TimeOffStatus.SKIPPED, false),
  /** The employee is not synced to Remote (no "Sync to Remote" value, or unknown to bobsync). */
  PERSON_NOT_SYNCED(TimeOffStatus.SKIPPED, true),
  /** Contractors get no time off in Remote. */
  CONTRACTOR(TimeOffStatus.SKIPPED, true),
  /** The Remote employment is offboarding, archived or deleted. */
  EMPLOYMENT_ENDED(TimeOffStatus.SKIPPED, false),
  /** All its days are before the look-back date (1 January of this year by default). */
  BEFORE_LOOK_BACK(TimeOffStatus.SKIPPED, false),
  /** None of its days is a work day in the person's work week. */
  NO_WORK_DAYS(TimeOffStatus.SKIPPED, true),
  /** Cancelled in HiBob after it was booked: its Remote time off is cancelled. */
  CANCELLED_IN_HIBOB(TimeOffStatus.CANCELLED, false),
  /** Deleted in HiBob after it was booked: its Remote time off is cancelled. */
  DELETED_IN_HIBOB(TimeOffStatus.CANCELLED, false),
  /** Replaced in HiBob by a request with other dates, which is booked in its place. */
  REPLACED_IN_HIBOB(TimeOffStatus.CANCELLED, false),
  /** Its Remote time off was found cancelled in Remote. */
  CANCELLED_IN_REMOTE(TimeOffStatus.CANCELLED, false),
  /** Its HiBob policy type has no Remote time-off type in the settings. */
  UNMAPPED_POLICY_TYPE(TimeOffStatus.FAILED, true),
  /** Its dates are missing or end before they start. */
  INVALID_DATES(TimeOffStatus.FAILED, false),
  /** Its hours are not from 1 to 8 per day. */
  INVALID_HOURS(TimeOffStatus.FAILED, false),
  /** A kind of request bobsync cannot turn into days and hours. */
  UNSUPPORTED_REQUEST_TYPE(TimeOffStatus.FAILED, false),
  /** The change feed names it, but HiBob answers 404 for it. */
  REQUEST_NOT_FOUND(TimeOffStatus.FAILED, true),
  /** HiBob did not answer usably for its details. */
  HIBOB_UNAVAILABLE(TimeOffStatus.FAILED, true),
  /** Remote refused it. */
  REMOTE_REJECTED(TimeOffStatus.FAILED, true),
  /** Remote did not answer usably. */
  REMOTE_UNAVAILABLE(TimeOffStatus.FAILED, true);

  private final TimeOffStatus status;
  private final boolean revisit;

  TimeOffReason(TimeOffStatus status, boolean revisit) {
    this.status = status;
    this.revisit = revisit;
  }

  public TimeOffStatus status() {
    return status;
  }

  /** Whether the outcome can change without a new HiBob change, so every run looks again. */
  public boolean revisit() {
    return revisit;
  }
}
