package dev.bobsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.emulator.remote.RequestCounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A no-change resync of active synced people costs list pages at most: never one show call per
 * person (Remote allows 20 requests a minute; a show per person would take 10,000 people eight
 * hours). Counted by the Remote emulator, on a generated company.
 */
class NoChangeResyncCostTest {
  @TempDir Path dir;

  @Test
  void R11_aNoChangeResyncOfActivePeopleReadsNoEmploymentOneByOne() {
    HibobCompany company = HibobCompany.generateNewHires(600, 5, LocalDate.now(ZoneOffset.UTC));
    try (BenchWorld world = BenchWorld.start(company, Profile.THROUGHPUT, dir)) {
      world.nextRun();
      int selected = world.selected.size();
      assertThat(world.sync().people().counts().created()).isEqualTo(selected).isPositive();
      // everyone finishes onboarding in Remote; the next run sees them active
      for (Employment e : world.remoteCompany().employments()) {
        if (e.status() != EmploymentStatus.ACTIVE) {
          world.remoteCompany().moveEmployment(e.id(), EmploymentStatus.ACTIVE);
        }
      }
      world.nextRun();
      world.sync();
      world.nextRun();

      var report = world.sync();

      RequestCounts calls = world.remote.requests(world.remoteCompany().id());
      assertThat(report.people().counts().created() + report.people().counts().updated()).isZero();
      assertThat(calls.writes()).isZero();
      // the employee sync: list pages at most (people with a standing note, a change the admin
      // must make in Remote by hand, are read to see whether it was made: in one listing when that
      // is fewer calls); everyone unchanged costs nothing
      long pages = (selected + 99) / 100;
      int peopleReads = report.people().calls().remoteReads();
      assertThat(peopleReads)
          .as("employee sync reads: " + calls.byRoute())
          .isLessThanOrEqualTo((int) pages);
      // what is left is the time-off sync's: it reads only people with time off to book now
      int timeOffReads = report.timeOff() == null ? 0 : report.timeOff().calls().remoteReads();
      assertThat(calls.count("GET", "/v1/employments/{id}"))
          .as("show calls")
          .isLessThanOrEqualTo(timeOffReads + Math.min(peopleReads, 1));
      assertThat(calls.reads()).isEqualTo(peopleReads + timeOffReads);
    }
  }
}
