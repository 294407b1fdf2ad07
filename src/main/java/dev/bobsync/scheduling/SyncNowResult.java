package dev.bobsync.scheduling;

/** What "Sync now" did. */
public enum SyncNowResult {
  /** The sync starts at once, on whichever instance picks it up first. */
  STARTED,
  /** A run of this integration is under way (on any instance); no second one was started. */
  ALREADY_RUNNING,
  /** No such integration, or it was removed. */
  NOT_FOUND
}
