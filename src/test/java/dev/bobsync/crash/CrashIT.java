package dev.bobsync.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.crash.CrashWorld.Database;
import dev.bobsync.crash.CrashWorld.Part;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.TimeOffRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills {@code bobsync sync} ({@code destroyForcibly}, a real child JVM) at random points of the
 * employee run and of the time-off run, on H2 and on PostgreSQL, then lets it finish: no employment
 * is created twice, no request is booked twice or marked failed, and the store agrees with Remote.
 * A fixed seed and 25 points each by default; {@code -Dcrash.seed=N -Dcrash.points=N} tries others
 * (see docs/benchmark.md).
 */
class CrashIT {
  static final long SEED = Long.getLong("crash.seed", 20261204L);
  static final int POINTS = Integer.getInteger("crash.points", 25);
  static final long REMOTE_LATENCY_MS = 25;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} run on {1}")
  @CsvSource({"PEOPLE, H2", "TIMEOFF, H2", "PEOPLE, POSTGRES", "TIMEOFF, POSTGRES"})
  void R9_killedAtRandomPointsAndRerunNothingHappensTwice(Part part, Database database)
      throws Exception {
    Random random = new Random(SEED ^ (part.ordinal() * 31L + database.ordinal()));
    try (CrashWorld world = new CrashWorld(part, database, dir, SEED)) {
      int killed = 0;
      int finished = 0;
      int duplicates = 0;
      int doubleBookings = 0;
      long started = System.nanoTime();
      world.slowRemote(REMOTE_LATENCY_MS);
      SyncProcess next = world.launch();
      // every point a kill: a run that ends before its kill point does not count
      while (killed < POINTS && killed + finished < POINTS * 2) {
        world.fileRequests(random);
        long target = world.writes() + random.nextInt(part == Part.PEOPLE ? 4 : 3);
        long jitterMs = random.nextInt((int) REMOTE_LATENCY_MS * 3);
        SyncProcess sync = next;
        sync.go();
        next = world.launch(); // starts while this one runs
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (sync.alive() && world.writes() < target && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        Thread.sleep(jitterMs);
        if (sync.alive()) {
          sync.kill();
          killed++;
        } else {
          finished++;
        }
        duplicates += world.duplicateEmployments();
        doubleBookings += world.doubleBookings();
      }
      world.fastRemote();
      SyncProcess last = next;
      last.go();
      assertThat(last.await(180)).as(last.log()).isZero();
      duplicates += world.duplicateEmployments();
      doubleBookings += world.doubleBookings();
      CrashWorld.Stored stored = world.stored();
      int wronglyFailed = 0;
      if (part == Part.TIMEOFF) {
        wronglyFailed =
            (int) stored.timeOff().stream().filter(r -> "failed".equals(r.status())).count();
      }
      System.out.printf(
          "crash suite: %s run on %s, seed %d: %d kill points (%d runs ended before theirs),"
              + " %d duplicate employments, %d double bookings, %d requests wrongly failed,"
              + " %.0f s%n",
          part,
          database,
          SEED,
          killed,
          finished,
          duplicates,
          doubleBookings,
          wronglyFailed,
          (System.nanoTime() - started) / 1e9);

      assertThat(killed).as("kills that landed mid-run").isEqualTo(POINTS);
      assertThat(duplicates).as("duplicate employments").isZero();
      assertThat(doubleBookings).as("double bookings").isZero();
      assertThat(wronglyFailed)
          .as(
              "requests wrongly failed: %s",
              stored.timeOff().stream()
                  .filter(r -> "failed".equals(r.status()))
                  .map(r -> r.requestId() + " " + r.reasonCode() + " " + r.message())
                  .toList())
          .isZero();
      if (part == Part.PEOPLE) {
        assertConsistentPeople(world, stored);
      } else {
        assertConsistentTimeOff(world, stored);
      }
    }
  }

  /** Every employment in Remote is linked to exactly one person, and every link exists. */
  private static void assertConsistentPeople(CrashWorld world, CrashWorld.Stored stored) {
    Set<String> inRemote =
        world.company().employments().stream().map(e -> e.id()).collect(Collectors.toSet());
    Map<String, Long> links =
        stored.people().stream()
            .map(PersonRecord::remoteId)
            .filter(id -> id != null)
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(links.keySet()).as("linked employments").isEqualTo(inRemote);
    assertThat(links.values()).as("people per employment").allMatch(n -> n == 1);
    assertThat(stored.people()).noneMatch(p -> "failed".equals(p.status()));
  }

  /** Every request is booked once, and the store names that booking. */
  private static void assertConsistentTimeOff(CrashWorld world, CrashWorld.Stored stored) {
    assertThat(world.unbooked()).as("requests without a booking").isZero();
    Map<String, String> bookingOf =
        world.company().timeoffs().stream()
            .filter(t -> !"cancelled".equals(t.status()))
            .filter(t -> t.notes() != null && t.notes().startsWith("HiBob time-off request "))
            .collect(Collectors.toMap(CrashWorld::requestId, t -> t.id()));
    assertThat(stored.timeOff()).hasSize(world.requests.size());
    for (TimeOffRecord r : stored.timeOff()) {
      assertThat(r.status()).as("request " + r.requestId()).isEqualTo("booked");
      assertThat(r.remoteTimeOffId()).isEqualTo(bookingOf.get(r.requestId()));
    }
  }
}
