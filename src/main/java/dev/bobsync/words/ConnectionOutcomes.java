package dev.bobsync.words;

import java.util.Map;

/**
 * The outcome of HiBob's connection check ({@code OK}, {@code INCOMPLETE}, ...) in words: as the
 * page's headline over the whole check, and as the CLI's "HiBob: ..." line.
 */
public final class ConnectionOutcomes {
  private static final Map<String, String> HEADLINES =
      Map.of(
          "ok", "Connected: everything the sync needs is visible.",
          "incomplete", "Connected, but some permissions are missing in HiBob.",
          "bad_credentials", "The credentials were refused.",
          "no_permission_group", "The service user is in no permission group.",
          "unreachable", "HiBob or Remote could not be reached.");

  private static final Map<String, String> HIBOB_LINES =
      Map.of(
          "ok", "connected, everything needed is visible",
          "incomplete", "connected, but some permissions are missing",
          "bad_credentials", "the credentials were refused",
          "no_permission_group", "the service user is in no permission group",
          "unreachable", "no usable answer");

  private ConnectionOutcomes() {}

  /** The page's headline over a connection check. */
  public static String headline(String outcome) {
    return Codes.lookUp(HEADLINES, outcome);
  }

  /** What follows "HiBob: " on the command line. */
  public static String hibobLine(String outcome) {
    return Codes.decapitalized(Codes.lookUp(HIBOB_LINES, outcome));
  }
}
