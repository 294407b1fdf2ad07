package dev.bobsync.sync.plan;

import java.util.Locale;

/** A person's sync status as the admin sees it (rule R11). */
public enum PersonStatus {
  SYNCED,
  WAITING,
  SKIPPED,
  FROZEN,
  FAILED;

  /** The lower-case name used in JSON, the store and the page. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PersonStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
