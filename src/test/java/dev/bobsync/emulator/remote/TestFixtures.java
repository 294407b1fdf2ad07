package dev.bobsync.emulator.remote;

/**
 * The companies most tests use. Acme has one employment per interesting state; today (by the test
 * clock) is 2026-11-22.
 */
final class TestFixtures {
  static final String ACME_TOKEN = "ra_test_acme";
  static final String GLOBEX_TOKEN = "ra_test_globex";

  private TestFixtures() {}

  static RemoteFixture standard() {
    return RemoteFixture.parse(
        """
        {"companies": [
          {"id": "acme", "name": "Acme Ltd", "apiToken": "ra_test_acme", "rateLimitPerMinute": 1000,
           "legalEntities": [{"id": "le-gbr", "name": "Acme UK Ltd", "country_code": "GBR",
                              "global_payroll_enabled": false, "is_default": true},
                             {"id": "le-usa", "country_code": "USA"},
                             {"id": "le-prt", "country_code": "PRT"}],
           "managers": [{"user_id": "u-1", "user_email": "boss@acme.example", "role": "admin"}],
           "departments": [{"id": "d-1", "name": "R&D"}],
           "employments": [
             {"id": "e-active", "status": "active", "full_name": "Ana Lima",
              "personal_email": "ana@personal.example", "work_email": "ana@acme.example",
              "job_title": "Engineer", "provisional_start_date": "2026-01-05", "country_code": "PRT",
              "external_id": "3437990292286865812"},
             {"id": "e-us", "status": "active", "full_name": "Sam Hill",
              "personal_email": "sam@personal.example", "work_email": "sam@acme.example",
              "job_title": "Engineer", "provisional_start_date": "2025-06-02", "country_code": "USA"},
             {"id": "e-gp", "type": "global_payroll_employee", "status": "active",
              "full_name": "Gil Pay", "personal_email": "gil@personal.example",
              "job_title": "Accountant", "provisional_start_date": "2024-02-01",
              "country_code": "USA", "engaged_by_legal_entity_id": "le-usa",
              "contract_details": {"annual_gross_salary": 8000000}},
             {"id": "e-contractor", "type": "contractor", "status": "active",
              "full_name": "Cora Tractor", "personal_email": "cora@personal.example",
              "job_title": "Designer", "provisional_start_date": "2026-03-01",
              "country_code": "DEU"},
             {"id": "e-created", "status": "created", "full_name": "Cree Ated",
              "personal_email": "cree@personal.example", "job_title": "Engineer",
              "provisional_start_date": "2027-01-04", "country_code": "PRT"},
             {"id": "e-invited", "status": "invited", "full_name": "Ivy Ted",
              "personal_email": "ivy@personal.example", "job_title": "Engineer",
              "provisional_start_date": "2026-12-01", "country_code": "ESP"},
             {"id": "e-archived", "status": "archived", "full_name": "Arch Ived",
              "personal_email": "old@personal.example", "work_email": "old@acme.example",
              "job_title": "Engineer", "provisional_start_date": "2020-01-06",
              "country_code": "PRT"}]},
          {"id": "globex", "name": "Globex", "apiToken": "ra_test_globex", "rateLimitPerMinute": 1000,
           "employments": [
             {"id": "e-globex", "status": "active", "full_name": "Gus Lobex",
              "personal_email": "gus@personal.example", "job_title": "Engineer",
              "provisional_start_date": "2025-01-06", "country_code": "FRA"}]}]}
        """);
  }

  /**
   * A valid new-hire body of {@code type} for {@code email} in Portugal, starting on {@code
   * startDate}: basic information as that type's form in Portugal takes it.
   */
  static String newHire(String type, String email, String startDate) {
    String seniority = type.equals("employee") ? ", \"has_seniority_date\": \"no\"" : "";
    return """
        {"type": "%s", "country_code": "PRT", "external_id": "4000",
         "basic_information": {"name": "Nia Newhire", "email": "%s", "work_email": null,
                               "job_title": "Engineer", "provisional_start_date": "%s"%s}}
        """
        .formatted(type, email, startDate, seniority);
  }

  /** A Portuguese basic-information form for {@code email}, starting on {@code startDate}. */
  static String basicInformation(String email, String startDate) {
    return """
        {"name": "Cree Ated", "email": "%s", "job_title": "Engineer",
         "provisional_start_date": "%s", "has_seniority_date": "no"}
        """
        .formatted(email, startDate);
  }
}
