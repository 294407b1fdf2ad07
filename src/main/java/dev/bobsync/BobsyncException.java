package dev.bobsync;

/**
 * The root of every failure bobsync reports. Messages name the thing at fault and never carry a
 * secret.
 */
public class BobsyncException extends RuntimeException {
  public BobsyncException(String message) {
    super(message);
  }

  public BobsyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
