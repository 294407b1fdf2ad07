package dev.bobsync.scheduling;

import dev.bobsync.app.App;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * One bobsync instance that only schedules, for tests that run several as separate processes: the
 * database and master key come from the environment as for {@code serve}; the arguments are the
 * node name, the polling and heartbeat intervals in milliseconds. Prints {@code ready} once
 * started, and stops gracefully when {@code stop} (or end of input) arrives on standard input.
 */
public final class SchedulerNodeMain {
  private SchedulerNodeMain() {}

  public static void main(String[] args) throws IOException {
    String node = args[0];
    Duration polling = Duration.ofMillis(Long.parseLong(args[1]));
    Duration heartbeat = Duration.ofMillis(Long.parseLong(args[2]));
    Path dataDir = Files.createTempDirectory("bobsync-node");
    try (App app = App.open(dataDir, System.getenv(), Clock.systemUTC())) {
      SyncScheduler scheduler =
          SyncScheduler.builder(app.store(), app.syncRunner())
              .node(node)
              .pollingInterval(polling)
              .heartbeat(heartbeat, 4)
              .shutdownWait(Duration.ofSeconds(20))
              .build();
      scheduler.start();
      System.out.println("ready " + node);
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.strip().equals("stop")) {
        // wait for stop
      }
      scheduler.stop();
    }
    System.out.println("stopped " + node);
  }
}
