package dev.bobsync.cli;

import dev.bobsync.hibob.AccessReport;

/** The exit codes of {@code check} and {@code integration add}, for scripts. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_CREDENTIALS = 2;
  static final int INCOMPLETE = 3;

  /** {@code sync --no-wait}: a sync of the integration was running, this one did not start. */
  static final int BUSY = 4;

  private ExitCodes() {}

  static int of(AccessReport.Outcome outcome) {
    return switch (outcome) {
      case OK -> OK;
      case INCOMPLETE -> INCOMPLETE;
      case BAD_CREDENTIALS, NO_PERMISSION_GROUP -> BAD_CREDENTIALS;
      case UNREACHABLE -> FAILED;
    };
  }
}
