package dev.bobsync.cli;

import picocli.CommandLine.Option;

/** The HiBob service user an integration connects with: shared by the commands that connect. */
final class HibobOptions {
  @Option(
      names = "--hibob-url",
      required = true,
      paramLabel = "URL",
      description = "HiBob's API root, e.g. https://api.hibob.com/v1")
  String url;

  @Option(
      names = "--hibob-user",
      required = true,
      paramLabel = "ID",
      description = "The HiBob service user's id.")
  String user;

  @Option(
      names = "--hibob-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:BOBSYNC_HIBOB_TOKEN}",
      description = "The service user's token (or BOBSYNC_HIBOB_TOKEN).")
  String token;

  @Option(
      names = "--save-anyway",
      description = "Store the integration even if its connection check fails.")
  boolean saveAnyway;

  /** The token, or a clear error saying where it can come from. */
  String token() {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          "a HiBob token is needed: --hibob-token, or BOBSYNC_HIBOB_TOKEN");
    }
    return token;
  }
}
