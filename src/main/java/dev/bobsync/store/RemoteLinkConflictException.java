package dev.bobsync.store;

/** A Remote employment is already linked to another HiBob person of the same integration. */
public final class RemoteLinkConflictException extends StoreException {
  public RemoteLinkConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
