package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Compensation tab's monthly counts add up, for every month since the company's first hire: the
 * demo company (200 people, seed 7) and a generated company of 5,000, read from the HiBob emulator
 * as the page reads them. start + joined - left = end; a month starts where the one before ended;
 * only the current month is partial, counted up to today.
 */
class HeadcountArithmeticTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} people, seed {1}")
  @CsvSource({"200, 7", "5000, 11"})
  void startPlusJoinedMinusLeftIsEndForEveryMonth(int people, long seed) {
    try (CompensationHarness h =
        new CompensationHarness(dir, HibobCompany.generate(people, seed, TODAY))) {
      ServiceUser user = h.hibob.serviceUser();
      Integration i =
          h.connect("generated", user.id(), user.token(), CompensationProfile.defaults())
              .integration();
      Dataset dataset = h.dataset(i, true);
      assertThat(dataset.rows()).hasSize(people);
      LocalDate firstHire =
          dataset.rows().stream()
              .map(r -> r.job().startDate())
              .filter(d -> d != null)
              .min(LocalDate::compareTo)
              .orElseThrow();
      int months =
          (int) ChronoUnit.MONTHS.between(YearMonth.from(firstHire), YearMonth.from(TODAY)) + 2;
      Insights insights = CompensationInsights.of(dataset, months);
      List<Insights.Month> all = insights.months();

      assertThat(all.get(0).opening()).isZero();
      for (int k = 0; k < all.size(); k++) {
        Insights.Month m = all.get(k);
        assertThat(m.opening() + m.joiners() - m.leavers())
            .as("%s: %d + %d - %d", m.month(), m.opening(), m.joiners(), m.leavers())
            .isEqualTo(m.headcount());
        if (k > 0) {
          assertThat(m.opening())
              .as("%s starts where the month before ended", m.month())
              .isEqualTo(all.get(k - 1).headcount());
        }
        assertThat(m.partial()).isEqualTo(k == all.size() - 1);
      }
      Insights.Month now = all.get(all.size() - 1);
      assertThat(now.through()).isEqualTo(TODAY);
      long activeToday =
          dataset.rows().stream()
              .filter(r -> !r.lifecycle().leaver())
              .filter(r -> !r.job().startDate().isAfter(TODAY))
              .filter(
                  r ->
                      r.lifecycle().terminationDate() == null
                          || r.lifecycle().terminationDate().isAfter(TODAY))
              .count();
      assertThat(now.headcount()).isEqualTo((int) activeToday);
      long everJoined = all.stream().mapToLong(Insights.Month::joiners).sum();
      long futureHires =
          dataset.rows().stream().filter(r -> r.job().startDate().isAfter(TODAY)).count();
      assertThat(everJoined)
          .as("everyone who started by today, future hires not yet")
          .isEqualTo(dataset.rows().size() - futureHires - insights.undatedLeavers());
    }
  }
}
