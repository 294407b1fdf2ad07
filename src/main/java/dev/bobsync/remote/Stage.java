package dev.bobsync.remote;

import java.util.Locale;

/** Where a Remote employment stands, as far as a sync is concerned. */
public enum Stage {
  /** {@code created}: onboarding not begun; name, start date, job title and e-mail may change. */
  CREATED,
  /** Any status after {@code created} and before {@code active}: nothing may change. */
  ONBOARDING,
  /** {@code active}: onboarded; most data may change. */
  ACTIVE,
  /** {@code offboarding}: leaving Remote; nothing is synced. */
  OFFBOARDING,
  /** {@code archived} or {@code deleted}: a past profile; nothing is synced. */
  ARCHIVED;

  /** The stage of one of Remote's {@code status} values; unknown ones count as onboarding. */
  public static Stage of(String status) {
    String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "created" -> CREATED;
      case "active" -> ACTIVE;
      case "offboarding" -> OFFBOARDING;
      case "archived", "deleted" -> ARCHIVED;
      // pre_hire, initiated, invited, pending, review, job_title_review, ... and any status
      // Remote adds later: treated as onboarding, so nothing is changed by mistake.
      default -> ONBOARDING;
    };
  }
}
