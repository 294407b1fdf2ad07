package dev.bobsync.store;

import dev.bobsync.BobsyncException;

/** A store operation failed; the message names the operation and the record at fault. */
public class StoreException extends BobsyncException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
