package dev.bobsync.sync.plan;

/**
 * Why a person is not (fully) synced: a stable code for the JSON output, and the status it puts the
 * person in. The words for the admin are composed where the facts are known.
 */
public enum Reason {
  /** R5: a new EOR employee or contractor, or a {@code created} one, needs a future start date. */
  START_DATE_NOT_IN_FUTURE(PersonStatus.WAITING),
  /** R3: the only match is an archived Remote profile. */
  ARCHIVED_PROFILE(PersonStatus.SKIPPED),
  /** R7: onboarding in progress in Remote; changes wait until it is done. */
  ONBOARDING_IN_PROGRESS(PersonStatus.FROZEN),
  /** R8: an EOR job-title or start-date change needs a contract amendment in Remote. */
  NEEDS_CONTRACT_AMENDMENT(PersonStatus.SYNCED),
  /** R4, R12: data Remote needs is empty in HiBob. */
  MISSING_REQUIRED_FIELD(PersonStatus.SKIPPED),
  /** Data in HiBob that Remote cannot take: a malformed e-mail, an unknown country. */
  INVALID_FIELD(PersonStatus.SKIPPED),
  /** R2: the e-mails match more than one person or profile. */
  EMAIL_CONFLICT(PersonStatus.SKIPPED),
  /** HiBob's "Sync to Remote" value disagrees with the Remote profile's type. */
  TYPE_MISMATCH(PersonStatus.SKIPPED),
  /** The person left the company in HiBob. */
  LEFT_COMPANY(PersonStatus.SKIPPED),
  /** The Remote employment is being offboarded. */
  OFFBOARDING(PersonStatus.SKIPPED),
  /** A linked person whose "Sync to Remote" value was removed. */
  NOT_SELECTED(PersonStatus.SKIPPED),
  /** R1: the "Sync to Remote" value is none of the three bobsync knows. */
  UNKNOWN_SYNC_VALUE(PersonStatus.SKIPPED),
  /** Synced, but the supervisor is not a manager in Remote, so it was left out. */
  MANAGER_NOT_IN_REMOTE(PersonStatus.SYNCED),
  /** Global Payroll needs the Remote legal entity that engages the person; none is set. */
  NO_LEGAL_ENTITY(PersonStatus.SKIPPED),
  /** R12: a field the sync needs is not visible to the HiBob service user. */
  HIBOB_FIELD_NOT_VISIBLE(PersonStatus.SKIPPED),
  /**
   * R8: HiBob changed something Remote's API does not let bobsync change at this stage (an active
   * employment's name, e-mail, department or SSN; anything of a contractor): change it in Remote.
   */
  CHANGE_IN_REMOTE(PersonStatus.SYNCED),
  /**
   * R4: a Remote form needs fields HiBob does not hold (or Remote has no such form for the
   * country), so it was not sent: enter them in Remote.
   */
  REMOTE_FIELDS_NEEDED(PersonStatus.SYNCED),
  /** Remote refused the change (422 and the like). */
  REMOTE_REJECTED(PersonStatus.FAILED),
  /** Remote did not answer usably after retries. */
  REMOTE_UNAVAILABLE(PersonStatus.FAILED);

  private final PersonStatus status;

  Reason(PersonStatus status) {
    this.status = status;
  }

  public PersonStatus status() {
    return status;
  }
}
