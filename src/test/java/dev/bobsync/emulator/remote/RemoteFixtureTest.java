package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RemoteFixtureTest {
  private static final Clock CLOCK = Clock.fixed(EmulatorTestBase.NOW, ZoneOffset.UTC);

  @Test
  void theDocumentedExampleFixtureLoads() {
    RemoteFixture fixture = RemoteFixture.read(Path.of("docs/examples/remote-fixture.json"));
    try (RemoteEmulator emulator = RemoteEmulator.start(fixture, 0, CLOCK)) {
      assertThat(emulator.companies()).isNotEmpty();
      assertThat(emulator.companies().get(0).employments()).isNotEmpty();
    }
  }

  @Test
  void theDemoCompanyIsValidOnAnyDay() {
    for (LocalDate today :
        new LocalDate[] {LocalDate.of(2026, 11, 22), LocalDate.of(2031, 2, 28)}) {
      try (RemoteEmulator emulator = RemoteEmulator.start(DemoFixture.create(today), 0, CLOCK)) {
        assertThat(emulator.company("demo").employments()).hasSize(6);
      }
    }
  }

  @Test
  void rateLimitOverrideAppliesToEveryCompany() {
    RemoteFixture fixture = TestFixtures.standard().withRateLimit(7);
    assertThat(fixture.companies())
        .allSatisfy(c -> assertThat(c.rateLimitPerMinute()).isEqualTo(7));
    assertThat(
            RemoteFixture.parse("{\"companies\": [{\"id\": \"a\", \"apiToken\": \"ra_test_a\"}]}")
                .companies()
                .get(0)
                .rateLimitPerMinute())
        .isEqualTo(20);
  }

  @Test
  void unknownPropertiesAreErrorsSoTyposDoNotPassSilently() {
    assertThatThrownBy(
            () ->
                RemoteFixture.parse(
                    "{\"companies\": [{\"id\": \"a\", \"apiToken\": \"ra_test_a\", \"rateLimit\": 5}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rateLimit");
  }

  @Test
  void liveTokensAreRefused() {
    RemoteFixture fixture =
        RemoteFixture.parse("{\"companies\": [{\"id\": \"a\", \"apiToken\": \"ra_live_a\"}]}");
    assertThatThrownBy(() -> RemoteEmulator.start(fixture, 0, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ra_test_");
  }

  @Test
  void employmentsAreCheckedLikeRemoteWouldNamingTheOneAtFault() {
    RemoteFixture fixture =
        RemoteFixture.parse(
            """
            {"companies": [{"id": "a", "apiToken": "ra_test_a", "employments": [
              {"id": "e-1", "full_name": "A", "personal_email": "a@x.example", "job_title": "x",
               "provisional_start_date": "2020-01-01", "country_code": "PRT"},
              {"id": "e-2", "full_name": "B", "personal_email": "A@x.example", "job_title": "x",
               "provisional_start_date": "2020-01-01", "country_code": "PRT"}]}]}
            """);
    assertThatThrownBy(() -> RemoteEmulator.start(fixture, 0, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("employment e-2")
        .hasMessageContaining("email has already been taken");
  }

  @Test
  void timeOffMustBelongToAnEmploymentOfTheCompany() {
    RemoteFixture fixture =
        RemoteFixture.parse(
            """
            {"companies": [{"id": "a", "apiToken": "ra_test_a", "timeoffs": [
              {"employment_id": "e-9", "timeoff_type": "sick_leave", "status": "approved",
               "start_date": "2026-01-05", "end_date": "2026-01-05", "timezone": "UTC",
               "timeoff_days": [{"day": "2026-01-05", "hours": 8}]}]}]}
            """);
    assertThatThrownBy(() -> RemoteEmulator.start(fixture, 0, CLOCK))
        .hasMessageContaining("employment_id");
  }
}
