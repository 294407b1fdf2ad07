package dev.bobsync.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The project's Remote contract agrees, schema by schema, with Remote's published API description
 * where that description is at hand ({@code ../shared/reference/specs/}); skipped elsewhere.
 */
class RemoteContractAgreementTest {
  private static final String VENDOR_FILE = "remote-openapi-subset.json";

  @Test
  void everySchemaAgreesWithRemotesPublishedDescription() {
    Optional<JsonNode> vendor = SchemaAgreement.vendorSpec(VENDOR_FILE);
    Assumptions.assumeTrue(vendor.isPresent(), VENDOR_FILE + " is not here: nothing to compare");
    JsonNode ours = Contract.load("contracts/remote.json").document();
    Map<String, List<String>> differences = new SchemaAgreement(ours, vendor.get()).compareAll();
    assertThat(differences.keySet())
        .as("the schemas paired with the vendor's by name")
        .contains(
            "MinimalEmployment",
            "Employment",
            "EmploymentCreateParams",
            "EmploymentFullParams",
            "CountryFormResponse",
            "CreateApprovedTimeoffParams",
            "UnprocessableEntityResponse");
    differences.forEach(
        (schema, found) -> assertThat(found).as("%s differs from Remote's", schema).isEmpty());
  }

  @Test
  void everyOperationIsOneRemoteDescribesExceptTheWebhookRemoval() {
    Optional<JsonNode> vendor = SchemaAgreement.vendorSpec(VENDOR_FILE);
    Assumptions.assumeTrue(vendor.isPresent(), VENDOR_FILE + " is not here: nothing to compare");
    JsonNode ours = Contract.load("contracts/remote.json").document();
    assertThat(new SchemaAgreement(ours, vendor.get()).operationsTheVendorLacks())
        .containsExactly("DELETE /v1/webhook-callbacks/{id}");
  }
}
