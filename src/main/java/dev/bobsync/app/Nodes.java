package dev.bobsync.app;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A name for this instance in run histories: host and process id. */
public final class Nodes {
  private Nodes() {}

  public static String name() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
