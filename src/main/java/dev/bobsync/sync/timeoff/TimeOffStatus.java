package dev.bobsync.sync.timeoff;

import java.util.Locale;

/** A HiBob time-off request's status as the admin sees it (rule R9). */
public enum TimeOffStatus {
  /** An approved time off in Remote. */
  BOOKED,
  /** Its Remote time off was cancelled, because HiBob cancelled, deleted or replaced it. */
  CANCELLED,
  /** Not booked yet, but it may be: pending approval, or the person is not active in Remote. */
  WAITING,
  /** Never booked: declined, a contractor's, not synced, before the look-back date. */
  SKIPPED,
  /** Something is wrong with it or Remote refused it; retried on every run where that helps. */
  FAILED;

  /** The lower-case name used in JSON, the store and the CLI. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TimeOffStatus fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
