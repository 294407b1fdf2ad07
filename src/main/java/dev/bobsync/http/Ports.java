package dev.bobsync.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks, before any work starts, that a port a server is about to listen on is free. */
public final class Ports {
  private Ports() {}

  /**
   * Throws a one-line {@link IllegalArgumentException} naming {@code option} when {@code port} is
   * taken; port 0 (any free port) always passes.
   */
  public static void requireFree(int port, String option) {
    if (port == 0) {
      return;
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(option + " must be a port number from 1 to 65535");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (IOException taken) {
      throw new IllegalArgumentException(
          "port " + port + " is already in use; choose another with " + option);
    }
  }
}
