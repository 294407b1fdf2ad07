package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.http.Json;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compensation commands as a new user types them, against the HiBob emulator. */
class CompensationCliTest {
  @TempDir Path dataDir;
  @TempDir Path outDir;
  HibobEmulator hibob;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void start() throws URISyntaxException {
    Path fixture =
        Path.of(
            Objects.requireNonNull(
                    getClass().getClassLoader().getResource("compensation/hibob.json"))
                .toURI());
    hibob = HibobEmulator.start(HibobCompany.fromFixture(fixture), 0, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    hibob.close();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return CliRunner.execute(dataDir, out, err, args);
  }

  private int connect(String name, String user, String token) {
    return run(
        "compensation",
        "connect",
        name,
        "--hibob-url",
        hibob.baseUrl(),
        "--hibob-user",
        user,
        "--hibob-token",
        token);
  }

  @Test
  void connectChooseFieldsCheckExportAndSeeTheFigures() throws Exception {
    assertThat(connect("globex", "SERVICE-1", "full-token")).as(out.toString()).isZero();
    assertThat(out.toString())
        .contains("HiBob: connected, everything needed is visible")
        .contains("10 employees (2 leavers)")
        .contains("Stored integration \"globex\" (compensation export only)");

    assertThat(run("integration", "list")).isZero();
    assertThat(out.toString()).contains("globex").contains("compensation export only");

    assertThat(run("fields", "globex", "--custom")).isZero();
    assertThat(out.toString())
        .contains("category_1690000000000.field_1690000000101")
        .contains("Benefits (custom)")
        .contains("Bonus target %");

    assertThat(run("compensation", "profile", "globex", "--add-field", "Bonus target %", "--json"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("payroll.custom.field_1690000000201");
    assertThat(run("compensation", "profile", "globex", "--add-field", "No such field"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("HiBob has no field \"No such field\"");

    assertThat(run("check", "globex")).isZero();
    assertThat(out.toString()).contains("HiBob: connected");

    Path csv = outDir.resolve("globex.csv");
    assertThat(run("compensation", "export", "globex", "--format", "csv", "--out", csv.toString()))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("Wrote 10 people (2 leavers)").contains("have notes");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("id,first_name,")
        .contains("custom:payroll.custom.field_1690000000201");

    Path xlsx = outDir.resolve("anonymous.xlsx");
    assertThat(
            run(
                "compensation",
                "export",
                "globex",
                "--format",
                "xlsx",
                "--anonymous",
                "--out",
                xlsx.toString()))
        .isZero();
    assertThat(out.toString()).contains(", anonymous,");
    assertThat(Files.readAllBytes(xlsx)).startsWith(new byte[] {'P', 'K'});

    assertThat(run("compensation", "insights", "globex", "--json")).isZero();
    JsonNode insights = Json.newMapper().readTree(out.toString());
    assertThat(insights.get("months")).hasSize(12);
    assertThat(run("compensation", "insights", "globex")).isZero();
    assertThat(out.toString()).contains("Headcount and leavers by month").contains("no figure");
  }

  @Test
  void missingPermissionsAreNamedAndFixedByTheProfile() {
    assertThat(connect("nohome", "SERVICE-NOHOME", "nohome-token")).isEqualTo(3);
    assertThat(out.toString())
        .contains("The 'Home' permission is missing")
        .contains("Add to the permission group: Home > View selected employees' Home sections");
    assertThat(
            run("compensation", "profile", "nohome", "--gender", "off", "--date-of-birth", "off"))
        .isZero();
    assertThat(out.toString()).contains("gender:         off");
    assertThat(run("compensation", "check", "nohome")).as(out.toString()).isZero();
    assertThat(run("compensation", "profile", "nohome", "--gender", "maybe")).isEqualTo(2);
  }

  @Test
  void refusedCredentialsAreNotStoredAndNothingIsExported() {
    assertThat(connect("globex", "SERVICE-1", "wrong-token")).isEqualTo(2);
    assertThat(out.toString()).contains("Not stored").contains("General errors");
    assertThat(connect("nogroup", "SERVICE-NOGROUP", "nogroup-token")).isEqualTo(2);
    assertThat(out.toString()).contains("no permission group");
    assertThat(run("compensation", "export", "nope", "--format", "csv", "--out", "x.csv"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no integration named \"nope\"");
  }
}
