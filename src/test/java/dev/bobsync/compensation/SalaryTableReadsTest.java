package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V1 with salary history on: everyone's salary table, 200 people a HiBob call. */
class SalaryTableReadsTest {
  @TempDir Path dir;
  CompensationHarness h;
  Integration generated;

  @BeforeEach
  void connect() {
    h = new CompensationHarness(dir, HibobCompany.generate(250, 7, LocalDate.of(2026, 11, 22)));
    ServiceUser user = h.hibob.serviceUser();
    generated =
        h.connect(
                "generated",
                user.id(),
                user.token(),
                CompensationProfile.defaults().withSalaryHistory(true))
            .integration();
    h.hibob.resetStats();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void V1_everyonesSalaryTableIsReadTwoHundredPeopleACall() {
    Dataset d = h.dataset(generated, false);
    assertThat(d.rows()).hasSize(250);
    assertThat(h.hibob.stats().count("GET", "/v1/bulk/people/salaries")).isEqualTo(2);
    assertThat(h.hibob.stats().count("GET", "/v1/people/{id}/salaries")).isZero();
    assertThat(d.rows())
        .filteredOn(r -> r.salary().base() != null)
        .allMatch(r -> !r.history().isEmpty());
  }

  @Test
  void V1_whenHibobStopsAnsweringMidwayTheRestAreExportedWithANoteThatNamesNoOne() {
    Dataset d =
        h.app
            .compensation()
            .dataset(
                h.fresh(generated),
                true,
                CompensationReader.History.ALL,
                (done, total) -> h.hibob.faults().set(new Faults.Settings(0, 1.0, 503, 0, 0, 0)));
    h.hibob.faults().set(Faults.Settings.NONE);
    assertThat(d.rows()).hasSize(250);
    List<CompensationRow> read = d.rows().stream().filter(r -> !r.history().isEmpty()).toList();
    List<CompensationRow> unread = d.rows().stream().filter(r -> r.history().isEmpty()).toList();
    assertThat(read).hasSizeBetween(150, 200);
    assertThat(unread)
        .hasSize(250 - read.size())
        .allSatisfy(
            r -> {
              assertThat(r.notes()).anyMatch(n -> n.contains("HiBob stopped answering (HTTP 503)"));
              assertThat(String.join(" ", r.notes())).doesNotContain("anon-").doesNotContain("500");
              assertThat(r.salary().annual() != null || !r.notes().isEmpty()).isTrue();
            });
    assertThat(d.report().diagnostics())
        .anyMatch(x -> x.title().equals("Salary history incomplete"));
  }
}
