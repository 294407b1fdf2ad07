package dev.bobsync.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.App;
import dev.bobsync.demo.Demo;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code probe} against the demo's emulators, and against answers that do not fit. */
class ProbeTest {
  @TempDir Path dir;

  private static ProbeResult probe(App app, Probe probe) {
    Integration demo = app.store().integrations().listActive().get(0);
    Credentials creds = app.store().integrations().credentials(demo.id());
    return probe.run(
        demo.name(),
        app.clients().hibob(demo, creds, 1000),
        app.clients().remote(demo, creds, 1000).orElseThrow());
  }

  @Test
  void R12_theDemosEmulatorsAnswerEveryProbedCallAsTheContractsSay() {
    try (Demo demo = Demo.start(new Demo.Options(40, 7, 0, dir, 1000), Clock.systemUTC(), null)) {
      ProbeResult result = probe(demo.app(), new Probe(Clock.systemUTC()));
      StringWriter text = new StringWriter();
      ProbeTable.print(result, new PrintWriter(text));
      assertThat(result.rows())
          .as(text.toString())
          .filteredOn(r -> r.side().equals("HiBob"))
          .hasSize(10)
          .allMatch(ProbeRow::fits);
      assertThat(result.rows()).extracting(ProbeRow::side).contains("HiBob", "Remote");
      assertThat(text.toString()).containsIgnoringCase("X-RateLimit-Limit=");
      assertThat(result.rows())
          .extracting(ProbeRow::endpoint)
          .contains(
              "POST /v1/people/search",
              "GET /v1/company/people/fields",
              "GET /v1/timeoff/requests/changes",
              "GET /v1/timeoff/employees/{id}/requests/{requestId}",
              "GET /v1/employments");
      assertThat(result.rows()).as(text.toString()).allMatch(ProbeRow::fits);
      assertThat(result.exitCode()).isZero();
      assertThat(text.toString())
          .contains("Every answer fits")
          .containsIgnoringCase("X-RateLimit-Limit=");
      assertThat(ProbeTable.json(result)).contains("\"fits\" : true");
    }
  }

  @Test
  void R12_differencesNameFieldsButNoValue() {
    assertThat(ContractCalls.scrub("$.employees[0]: required property \"badge\" not found"))
        .contains("\"badge\"");
    assertThat(ContractCalls.scrub("$.email: \"ana@acme.example\" is not a valid email"))
        .doesNotContain("ana@");
    assertThat(ContractCalls.scrub("$.startDate: \"2026-13-01\" is not a valid date"))
        .doesNotContain("2026");
  }

  @Test
  void R12_anAnswerThatDiffersIsNamedWithoutAnyValueAndExitsFour() throws Exception {
    try (Demo demo = Demo.start(new Demo.Options(20, 7, 0, dir, 1000), Clock.systemUTC(), null)) {
      // the demo's HiBob cuts its next answer in half: it is no JSON any more
      String control = demo.hibobUrl().replace("/v1", "/_emulator/faults");
      java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(control))
                  .header("Content-Type", "application/json")
                  .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"truncateNext\": 1}"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      ProbeResult result = probe(demo.app(), new Probe(Clock.systemUTC()));
      assertThat(result.exitCode()).isEqualTo(4);
      ProbeRow search = result.rows().get(0);
      assertThat(search.fits()).isFalse();
      assertThat(String.join("\n", search.differences())).contains("is not JSON");
      String printed = ProbeTable.json(result);
      Credentials creds =
          demo.app()
              .store()
              .integrations()
              .credentials(demo.app().store().integrations().listActive().get(0).id());
      assertThat(printed).doesNotContain(creds.hibobToken()).doesNotContain(creds.remoteToken());
      assertThat(printed).doesNotContain("@");
    }
  }
}
