package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.http.Json;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time-off commands as an admin types them (rule R9), against both emulators. */
class TimeOffCliTest {
  @TempDir Path dataDir;
  HibobEmulator hibob;
  RemoteEmulator remote;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void start() {
    hibob =
        HibobEmulator.start(
            HibobCompany.fromFixture(resource("sync/timeoff-hibob.json")), 0, Clock.systemUTC());
    remote =
        RemoteEmulator.start(
            RemoteFixture.read(resource("sync/timeoff-remote.json")), 0, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    hibob.close();
    remote.close();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return CliRunner.execute(dataDir, out, err, args);
  }

  /** A working day about two weeks ahead, so the test holds whenever it runs. */
  private static LocalDate workDay(int daysAhead) {
    LocalDate d = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  private void request(String policy, LocalDate day) {
    hibob
        .company()
        .addTimeOffRequest(new TimeOffDraft("202", policy, "approved", day, null, day, null, null));
  }

  @Test
  void syncBooksTimeOffAndTheTimeoffCommandShowsAndMapsIt() throws Exception {
    assertThat(
            run(
                "integration",
                "add",
                "acme",
                "--hibob-url",
                hibob.baseUrl(),
                "--hibob-user",
                "SERVICE-1",
                "--hibob-token",
                "hibob-secret-token",
                "--remote-url",
                remote.baseUrl(),
                "--remote-token",
                "ra_test_acme",
                "--remote-rate-limit",
                "100000",
                "--legal-entity",
                "USA=le-usa"))
        .isZero();
    request("Holiday", workDay(14));
    // a week apart: never the same day once a weekend pushes one to Monday
    request("Personal day", workDay(21));

    assertThat(run("sync", "acme")).isZero();
    assertThat(out.toString())
        .contains("Sync of \"acme\" finished")
        .contains("Time off of \"acme\" synced")
        .contains("booked 1, cancelled 0, waiting 0, skipped 0, failed 1")
        .contains("Failed: Request")
        .contains("Personal day");

    assertThat(run("timeoff", "acme", "--status", "failed", "--json")).isZero();
    JsonNode failed = Json.newMapper().readTree(out.toString());
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).path("reason").asText()).isEqualTo("UNMAPPED_POLICY_TYPE");

    assertThat(run("timeoff", "acme", "--settings")).isZero();
    assertThat(out.toString())
        .contains("look-back: year")
        .contains("ISR: SUN, MON, TUE, WED, THU")
        .contains("HiBob's policy types:")
        .contains("Personal day -> not mapped");

    assertThat(run("timeoff", "acme", "--map-type", "Personal day=other")).isZero();
    assertThat(out.toString()).contains("Personal day -> other");

    assertThat(run("sync", "acme", "--only", "timeoff", "--json")).isZero();
    JsonNode report = Json.newMapper().readTree(out.toString());
    assertThat(report.has("people")).isFalse();
    assertThat(report.path("timeoff").path("counts").path("booked").asInt()).isEqualTo(1);
    assertThat(report.path("timeoff").path("totals").path("booked").asInt()).isEqualTo(2);

    assertThat(run("sync", "acme", "--only", "people", "--json")).isZero();
    assertThat(Json.newMapper().readTree(out.toString()).has("timeoff")).isFalse();

    assertThat(run("timeoff", "acme")).isZero();
    assertThat(out.toString()).contains("Gus Grant").contains("Booked").contains("2 requests");
    assertThat(remote.company("c-acme").timeoffs())
        .filteredOn(t -> t.employmentId().equals("e-gus"))
        .hasSize(2);
  }

  @Test
  void mistakesGetOneClearLine() {
    assertThat(run("sync", "nobody", "--only", "lunch")).isEqualTo(1);
    assertThat(err.toString()).contains("--only takes people or timeoff");
    assertThat(run("timeoff", "nobody", "--status", "lost")).isEqualTo(1);
    assertThat(err.toString()).contains("--status takes booked, cancelled");
  }

  private static Path resource(String name) {
    try {
      return Path.of(TimeOffCliTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
