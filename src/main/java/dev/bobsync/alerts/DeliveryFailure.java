package dev.bobsync.alerts;

/**
 * A channel could not deliver an alert; {@code retryable} when trying again later may work (a
 * timeout, a 5xx), not when it cannot (refused credentials, a bad address).
 */
public final class DeliveryFailure extends Exception {
  private final boolean retryable;

  public DeliveryFailure(String reason, boolean retryable, Throwable cause) {
    super(reason, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
