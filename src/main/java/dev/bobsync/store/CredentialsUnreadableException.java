package dev.bobsync.store;

/** Stored credentials do not decrypt with the current master key. */
public final class CredentialsUnreadableException extends StoreException {
  public CredentialsUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
