package dev.bobsync.web.pages;

import java.util.Map;

/** Confirmations shown after a redirect, chosen by code so no request text is ever echoed. */
final class Notices {
  private static final Map<String, String> TEXT =
      Map.of(
          "added", "Integration saved. Press \"Sync now\", or wait for the first automatic sync.",
          "added-anyway",
              "Integration saved although its connection check failed, as asked: its syncs fail"
                  + " until that is fixed. See the check below, fix it, then press \"Check again\".",
          "sync-started", "Sync started.",
          "sync-running", "A sync of this integration is already running.",
          "check-ok", "Checked again: everything the sync needs is visible.",
          "check-problem", "Checked again: see below what to fix.",
          "removed", "Integration removed. Its credentials are deleted and it no longer syncs.",
          "saved", "Settings saved.",
          "role-changed", "Role changed. It applies to their next request.");

  /** After a removal whose Remote webhook callback could not be deleted (Map.of holds ten). */
  static final String CALLBACK_LEFT = "removed-callback-left";

  private Notices() {}

  static String of(String code) {
    if (CALLBACK_LEFT.equals(code)) {
      return "Integration removed, but Remote's webhook callback could not be deleted: delete it in"
          + " Remote's webhook settings. bobsync refuses its events meanwhile.";
    }
    return code == null ? null : TEXT.get(code);
  }
}
