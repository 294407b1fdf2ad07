package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One walk through every operation of {@code contracts/remote.json}, each answered by the emulator
 * and checked against the contract (by {@link EmulatorTestBase}), so that no operation goes
 * unchecked.
 */
class ContractCoverageTest extends EmulatorTestBase {

  @Test
  void everyOperationOfTheContractIsAnsweredWithinIt() throws Exception {
    assertThat(acme.get("/v1/identity/current").status()).isEqualTo(201);
    assertThat(acme.get("/v1/companies/acme/legal-entities").status()).isEqualTo(200);
    assertThat(acme.get("/v1/employments?status=active").status()).isEqualTo(200);
    String id =
        acme.post(
                "/v1/employments",
                TestFixtures.newHire("employee", "walk@personal.example", "2027-01-04"))
            .data()
            .path("employment")
            .path("id")
            .asText();
    assertThat(acme.get("/v1/employments/" + id).status()).isEqualTo(200);
    assertThat(
            acme.patch(
                    "/v1/employments/" + id,
                    "{\"emergency_contact_details\": {\"name\": \"Ann\", \"relationship\": \"sister\","
                        + " \"phone_number\": \"+351210000000\"}}")
                .status())
        .isEqualTo(200);
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
    assertThat(acme.get("/v1/company-departments?company_id=acme").status()).isEqualTo(200);
    assertThat(
            acme.post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"Ops\"}")
                .status())
        .isEqualTo(201);
    assertThat(acme.get("/v1/countries/DEU/contract_details").status()).isEqualTo(200);
    String timeoff =
        acme.post(
                "/v1/timeoff",
                """
                {"employment_id": "e-active", "status": "approved",
                 "approved_at": "2026-11-20T09:00:00Z", "approver_id": null,
                 "start_date": "2026-12-01", "end_date": "2026-12-01", "timezone": "Europe/Lisbon",
                 "timeoff_days": [{"day": "2026-12-01", "hours": 8}]}
                """)
            .data()
            .path("timeoff")
            .path("id")
            .asText();
    assertThat(acme.get("/v1/timeoff?employment_id=e-active").status()).isEqualTo(200);
    assertThat(
            acme.post("/v1/timeoff/" + timeoff + "/cancel", "{\"cancel_reason\": \"x\"}").status())
        .isEqualTo(200);
    String callback =
        acme.post(
                "/v1/webhook-callbacks",
                "{\"url\": \"http://localhost:9/hook\", \"subscribed_events\": [\"employment.updated\"]}")
            .data()
            .path("webhook_callback")
            .path("id")
            .asText();
    assertThat(acme.delete("/v1/webhook-callbacks/" + callback).status()).isEqualTo(204);

    Set<String> answered = new TreeSet<>();
    for (String call : contract.checked()) {
      String[] parts = call.split(" ");
      AnswerContract.REMOTE
          .find(parts[0], parts[1])
          .ifPresent(o -> answered.add(o.label().toUpperCase(Locale.ROOT)));
    }
    Set<String> operations = new TreeSet<>();
    JsonNode paths = AnswerContract.REMOTE.document().path("paths");
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      paths
          .path(path)
          .fieldNames()
          .forEachRemaining(verb -> operations.add((verb + " " + path).toUpperCase(Locale.ROOT)));
    }
    assertThat(answered).isEqualTo(operations);
  }
}
