package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryFormsTest extends EmulatorTestBase {
  private static final ObjectMapper JSON = Json.newMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USA", "PRT", "DEU", "GBR", "FRA", "ESP", "NLD", "CAN", "BRA", "JPN", "UKR", "SWE"
      })
  void servesEveryFormOfEachCountryAsAJsonSchemaWithItsVersion(String country) throws Exception {
    for (String form : CountryForms.standard().supported(country)) {
      Api.Answer answer = acme.get("/v1/countries/" + country + "/" + form);
      assertThat(answer.status()).as(country + " " + form).isEqualTo(200);
      JsonNode schema = answer.data();
      assertThat(schema.path("type").asText()).isEqualTo("object");
      assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
      assertThat(schema.path("required").isArray()).isTrue();
      assertThat(schema.path("version").isInt()).isTrue();
    }
    assertThat(CountryForms.standard().supported(country))
        .contains(
            "employment_basic_information",
            "contract_details",
            "administrative_details",
            "global_payroll_basic_information",
            "global_payroll_contract_details");
  }

  @Test
  void germanContractDetailsRequireWhatRemoteAsks() throws Exception {
    JsonNode schema = acme.get("/v1/countries/DEU/contract_details").data();
    List<String> required =
        JSON.convertValue(
            schema.path("required"),
            JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(required)
        .containsExactlyInAnyOrder(
            "notice_period",
            "work_address",
            "work_hours_per_week",
            "schedule_type",
            "required_qualifications",
            "non_compete_clause_apply",
            "probation_length",
            "probation_length_recommended",
            "contract_duration_type",
            "annual_gross_salary",
            "ancillary_positions_clause_apply",
            "work_equipment_provided",
            "equity_compensation",
            "experience_level",
            "has_signing_bonus",
            "has_bonus",
            "has_commissions",
            "role_description");
    assertThat(schema.path("properties").has("currency")).isFalse();
    assertThat(schema.path("version").asInt()).isEqualTo(2);
  }

  @Test
  void aFormACountryDoesNotHaveOrAnUnknownCountryIs404() throws Exception {
    assertThat(acme.get("/v1/countries/PRT/personal_details").status()).isEqualTo(404);
    assertThat(acme.get("/v1/countries/ARG/contract_details").status()).isEqualTo(404);
    assertThat(acme.get("/v1/countries/PRT/salary_details").status()).isEqualTo(404);
    assertThat(acme.get("/v1/countries/prt/contract_details").status()).isEqualTo(404);
  }

  @Test
  void jsonSchemaVersionMayAskForTheLatestOrTheCurrentOne() throws Exception {
    assertThat(acme.get("/v1/countries/DEU/contract_details?json_schema_version=latest").status())
        .isEqualTo(200);
    assertThat(acme.get("/v1/countries/DEU/contract_details?json_schema_version=2").status())
        .isEqualTo(200);
    assertThat(acme.get("/v1/countries/DEU/contract_details?json_schema_version=1").status())
        .isEqualTo(404);
    assertThat(acme.get("/v1/countries/DEU/contract_details?json_schema_version=x").status())
        .isEqualTo(400);
  }

  @Test
  void formsNeedAuthenticationAndCountAgainstTheRateLimit() throws Exception {
    assertThat(control.get("/v1/countries/PRT/contract_details").status()).isEqualTo(401);
    assertThat(
            acme.get("/v1/countries/PRT/address_details")
                .headers()
                .firstValue("x-ratelimit-remaining"))
        .isPresent();
  }

  @Test
  void countryRulesShowInTheirForms() {
    CountryForm usAddress = CountryForms.standard().find("USA", "address_details").orElseThrow();
    assertThat(
            usAddress.check(
                JSON.createObjectNode()
                    .put("address", "1 Main St")
                    .put("city", "Austin")
                    .put("postal_code", "7870")))
        .extracting(CountryForm.Problem::field)
        .containsExactlyInAnyOrder("state", "postal_code");
    CountryForm ukAdmin =
        CountryForms.standard().find("GBR", "administrative_details").orElseThrow();
    assertThat(ukAdmin.check(JSON.createObjectNode().put("national_insurance_number", "QQ123456C")))
        .isEmpty();
    CountryForm gpAdmin =
        CountryForms.standard().find("USA", "global_payroll_administrative_details").orElseThrow();
    assertThat(gpAdmin.check(JSON.createObjectNode().put("social_security_number", "12-3")))
        .extracting(CountryForm.Problem::field)
        .containsExactly("social_security_number");
  }
}
