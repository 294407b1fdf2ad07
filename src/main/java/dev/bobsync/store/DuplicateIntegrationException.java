package dev.bobsync.store;

/** An integration with the same name already exists in the workspace. */
public final class DuplicateIntegrationException extends StoreException {
  public DuplicateIntegrationException(String message) {
    super(message);
  }
}
