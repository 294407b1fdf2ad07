package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.remote.RemoteEmulator;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.http.Json;
import dev.bobsync.words.RawCodes;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a new user types, as the README shows them, against both emulators. */
class CliTest {
  @TempDir Path dataDir;
  HibobEmulator hibob;
  RemoteEmulator remote;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void start() {
    hibob =
        HibobEmulator.start(
            HibobCompany.fromFixture(resource("sync/hibob.json")), 0, Clock.systemUTC());
    remote =
        RemoteEmulator.start(
            RemoteFixture.read(resource("sync/remote.json")), 0, Clock.systemUTC());
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

  private int add(String name, String user, String token) {
    return run(
        "integration",
        "add",
        name,
        "--hibob-url",
        hibob.baseUrl(),
        "--hibob-user",
        user,
        "--hibob-token",
        token,
        "--remote-url",
        remote.baseUrl(),
        "--remote-token",
        "ra_test_acme",
        "--remote-rate-limit",
        "100000");
  }

  @Test
  void
      remoteStatusIsSwitchedOnFromTheCli_aRefusedWriteLeavesTheSyncAlone_andCheckNamesThePermission() {
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isEqualTo(ExitCodes.OK);
    assertThat(run("integration", "set", "acme", "--remote-status", "on")).isZero();

    // the fixture's permission group may view HiBob's Work section, not edit it
    assertThat(run("sync", "acme")).isZero();
    assertThat(out.toString()).contains("Sync of \"acme\" finished");

    assertThat(run("check", "acme")).isEqualTo(ExitCodes.of(AccessReport.Outcome.INCOMPLETE));
    assertThat(out.toString())
        .contains(
            "Work > Edit selected employees' Work sections (needed to write the \"Remote status\""
                + " field)");
    assertThat(run("integration", "set", "acme", "--remote-status", "maybe")).isNotZero();
    assertThat(err.toString()).contains("expected on or off");
  }

  @Test
  void R4_legalEntitiesAreFoundOnConnectListedAndAnIdRemoteDoesNotKnowIsRefused() {
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("le-usa").contains("the only one there");
    assertThat(run("integration", "legal-entities", "acme")).isZero();
    assertThat(out.toString()).contains("le-usa").contains("USA").contains("Global Payroll");
    assertThat(run("integration", "legal-entities", "acme", "--set", "USA=le-nope")).isEqualTo(1);
    assertThat(err.toString()).contains("le-nope").contains("not one of Remote's legal entities");
    assertThat(run("integration", "legal-entities", "acme", "--set", "USA=le-usa")).isZero();
    assertThat(out.toString()).contains("(chosen)");
  }

  @Test
  void addCheckSyncListPeopleAndRemove() throws Exception {
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("HiBob: connected").contains("Stored integration \"acme\"");

    assertThat(run("integration", "list")).isZero();
    assertThat(out.toString()).contains("acme").contains("every 1h");

    assertThat(run("check", "acme")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Remote: the API token works");

    assertThat(run("sync", "acme", "--dry-run")).isZero();
    assertThat(out.toString()).contains("Dry run").contains("nothing was written");
    assertThat(remote.requests("c-acme").writes()).isZero();

    assertThat(run("sync", "acme", "--json")).isZero();
    JsonNode report = Json.newMapper().readTree(out.toString());
    assertThat(report.path("counts").path("created").asInt()).isPositive();
    assertThat(report.path("people")).hasSize(9);
    assertThat(report.path("people").get(0).has("reason")).isTrue();

    assertThat(run("people", "acme", "--status", "skipped")).isZero();
    assertThat(out.toString())
        .contains("Archived profile in Remote")
        .contains("merge")
        .doesNotContain("ARCHIVED_PROFILE");

    assertThat(run("people", "acme", "--status", "synced")).isZero();
    assertThat(out.toString()).contains("last change: Created in Remote");

    assertThat(run("people", "acme", "--json")).isZero();
    assertThat(Json.newMapper().readTree(out.toString())).hasSize(9);

    assertThat(run("integration", "remove", "acme")).isZero();
    assertThat(run("integration", "list")).isZero();
    assertThat(out.toString()).contains("No integrations yet");
  }

  @Test
  void R11_noCommandShowsARawCodeAndTheJsonSummariesAreWords() throws Exception {
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isEqualTo(ExitCodes.OK);
    StringBuilder shown = new StringBuilder(out.toString());
    List<String[]> commands =
        List.of(
            new String[] {"check", "acme"},
            new String[] {"sync", "acme", "--dry-run"},
            new String[] {"sync", "acme"},
            new String[] {"sync", "acme", "--dry-run"},
            new String[] {"integration", "list"},
            new String[] {"integration", "legal-entities", "acme"},
            new String[] {"people", "acme"},
            new String[] {"people", "acme", "--status", "synced"},
            new String[] {"people", "acme", "--status", "waiting"},
            new String[] {"people", "acme", "--status", "skipped"},
            new String[] {"people", "acme", "--status", "frozen"},
            new String[] {"people", "acme", "--status", "failed"},
            new String[] {"timeoff", "acme"},
            new String[] {"audit", "acme"});
    for (String[] command : commands) {
      run(command);
      shown.append(out).append(err);
    }
    assertThat(RawCodes.foundIn(shown.toString())).isEmpty();
    assertThat(shown.toString())
        .contains("Global Payroll employee")
        .contains("EOR employee")
        .contains("Contractor")
        .contains("created in Remote with");

    // --json: machine fields keep their codes; the summaries are the same words
    assertThat(run("people", "acme", "--json")).isZero();
    JsonNode people = Json.newMapper().readTree(out.toString());
    assertThat(people.findValuesAsText("syncType")).contains("global_payroll_employee");
    List<String> summaries = people.findValuesAsText("summary");
    assertThat(summaries)
        .hasSize(people.size())
        .anyMatch(t -> t.contains("(Global Payroll employee)"));
    assertThat(run("audit", "acme", "--json")).isZero();
    JsonNode audit = Json.newMapper().readTree(out.toString());
    assertThat(audit.findValuesAsText("action")).contains("create_employment");
    summaries.addAll(audit.findValuesAsText("summary"));
    assertThat(RawCodes.foundIn(String.join("\n", summaries))).isEmpty();
  }

  @Test
  void checkExitCodesTellBadCredentialsFromMissingPermissions() {
    assertThat(add("bad", "SERVICE-1", "wrong")).isEqualTo(ExitCodes.BAD_CREDENTIALS);
    assertThat(out.toString()).contains("refused").contains("Not stored");
    assertThat(add("limited", "SERVICE-LIMITED", "limited-token")).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(out.toString()).contains("Address > View selected employees' Address sections");
    assertThat(run("check", "limited")).isEqualTo(ExitCodes.INCOMPLETE);
  }

  @Test
  void mistakesGetOneClearLineAndNoSecret() {
    assertThat(run("sync", "nobody")).isEqualTo(1);
    assertThat(err.toString())
        .contains("no integration named \"nobody\"")
        .doesNotContain("Exception");
    assertThat(run("people", "x", "--status", "lost")).isEqualTo(1);
    assertThat(err.toString()).contains("--status takes synced");
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isZero();
    assertThat(out.toString() + err.toString()).doesNotContain("hibob-secret-token");
  }

  @Test
  void C1_aWrongRemoteTokenIsBlamedOnRemoteAndStoredOnlyWithSaveAnyway() {
    String[] args = {
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
      "ra_test_acm"
    };
    assertThat(run(args)).isEqualTo(ExitCodes.BAD_CREDENTIALS);
    assertThat(out.toString())
        .contains("HiBob: connected")
        .contains("Not stored: Remote refused the API token (HTTP 401)")
        .doesNotContain("HiBob refused")
        .doesNotContain("Stored integration");
    assertThat(run("integration", "list")).isZero();
    assertThat(out.toString()).contains("No integrations yet");

    String[] anyway = java.util.Arrays.copyOf(args, args.length + 1);
    anyway[args.length] = "--save-anyway";
    assertThat(run(anyway)).isEqualTo(ExitCodes.BAD_CREDENTIALS);
    assertThat(out.toString())
        .contains("Stored integration \"acme\" although its check failed, as --save-anyway asked")
        .contains("Remote refused the API token");
    assertThat(run("integration", "list")).isZero();
    assertThat(out.toString()).contains("acme");
  }

  @Test
  void C1_aHibobAddressWithoutV1IsNotStoredAndSaysWhereTheApiIs() {
    assertThat(
            run(
                "integration",
                "add",
                "acme",
                "--hibob-url",
                hibob.baseUrl().replaceAll("/v1/?$", ""),
                "--hibob-user",
                "SERVICE-1",
                "--hibob-token",
                "hibob-secret-token",
                "--remote-url",
                remote.baseUrl(),
                "--remote-token",
                "ra_test_acme"))
        .isEqualTo(ExitCodes.FAILED);
    assertThat(out.toString())
        .contains("this looks like HiBob's web address; the API is at https://api.hibob.com/v1")
        .contains("Not stored")
        .doesNotContain("could not be reached");
  }

  @Test
  void keptHistoryIsReadableFromTheCommandLine() {
    assertThat(add("acme", "SERVICE-1", "hibob-secret-token")).isEqualTo(ExitCodes.OK);
    assertThat(run("sync", "acme")).isZero();
    assertThat(run("integration", "remove", "acme", "--keep-history")).isZero();
    assertThat(out.toString()).contains("bobsync people acme --removed");
    assertThat(run("integration", "list", "--removed")).isZero();
    assertThat(out.toString()).contains("acme").contains("history kept");
    assertThat(run("people", "acme", "--removed", "--status", "skipped")).isZero();
    assertThat(out.toString()).contains("Archived profile in Remote");
    assertThat(run("people", "acme")).isEqualTo(1);
  }

  @Test
  void peopleOfACompensationOnlyIntegrationPointsAtTheExport() {
    assertThat(
            run(
                "compensation",
                "connect",
                "pay",
                "--hibob-url",
                hibob.baseUrl(),
                "--hibob-user",
                "SERVICE-1",
                "--hibob-token",
                "hibob-secret-token"))
        .isIn(ExitCodes.OK, ExitCodes.INCOMPLETE);
    assertThat(run("people", "pay")).isZero();
    assertThat(out.toString())
        .contains("exports compensation data only")
        .contains("bobsync compensation export pay")
        .doesNotContain("bobsync sync pay");
  }

  private static Path resource(String name) {
    try {
      return Path.of(CliTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
