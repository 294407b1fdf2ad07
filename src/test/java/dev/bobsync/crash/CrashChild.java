package dev.bobsync.crash;

import dev.bobsync.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A {@code bobsync} JVM started ahead of time: it loads the classes a sync needs, says {@code
 * ready}, and runs {@code bobsync ARGS} only when told {@code go} on its standard input. The crash
 * suite starts the next one while the current one runs, so each kill point does not wait for a JVM
 * to start.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    for (String name :
        new String[] {
          "dev.bobsync.app.App",
          "dev.bobsync.store.Store",
          "dev.bobsync.sync.IntegrationSync",
          "dev.bobsync.cli.BobsyncCommand",
          "org.flywaydb.core.Flyway",
          "org.h2.Driver",
          "org.postgresql.Driver",
          "com.zaxxer.hikari.HikariDataSource",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "org.jdbi.v3.core.Jdbi"
        }) {
      Class.forName(name);
    }
    dev.bobsync.cli.BobsyncCommand.commandLine();
    System.out.println("ready");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (!"go".equals(line)) {
      System.exit(0);
    }
    Main.main(args);
  }
}
