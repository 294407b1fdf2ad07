package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** The company the emulator serves when started without a fixture. */
final class DemoFixture {
  static final String TOKEN = "ra_test_demo";

  private DemoFixture() {}

  /** One company, "Demo Ltd", with people in each interesting state; dates relative to today. */
  static RemoteFixture create(LocalDate today) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode ssn = json.objectNode().put("social_security_number", "123-45-6789");
    ObjectNode salary =
        json.objectNode().put("annual_gross_salary", 9_500_000).put("pay_frequency", "monthly");
    List<RemoteFixture.EmploymentEntry> employments =
        List.of(
            entry(
                "e-ana",
                "employee",
                "active",
                "Ana Lima",
                "ana",
                "PRT",
                "Engineer",
                today.minusYears(1),
                "d-eng",
                null,
                null,
                null),
            entry(
                "e-ben",
                "global_payroll_employee",
                "active",
                "Ben Carter",
                "ben",
                "USA",
                "Payroll Specialist",
                today.minusMonths(8),
                "d-people",
                "le-usa",
                ssn,
                salary),
            entry(
                "e-chloe",
                "contractor",
                "active",
                "Chloé Martin",
                "chloe",
                "FRA",
                "Designer",
                today.minusMonths(3),
                "d-eng",
                null,
                null,
                null),
            entry(
                "e-diego",
                "employee",
                "created",
                "Diego Ruiz",
                "diego",
                "ESP",
                "Engineer",
                today.plusDays(30),
                "d-eng",
                null,
                null,
                null),
            entry(
                "e-emma",
                "employee",
                "invited",
                "Emma Berg",
                "emma",
                "SWE",
                "Product Manager",
                today.plusDays(14),
                null,
                null,
                null,
                null),
            entry(
                "e-old",
                "employee",
                "archived",
                "Olga Petrova",
                "olga",
                "PRT",
                "Engineer",
                today.minusYears(3),
                null,
                null,
                null,
                null));
    ObjectNode timeoff =
        json.objectNode()
            .put("id", "t-ana-1")
            .put("employment_id", "e-ana")
            .put("timeoff_type", "paid_time_off")
            .put("status", "approved")
            .put("start_date", today.plusDays(7).toString())
            .put("end_date", today.plusDays(7).toString())
            .put("timezone", "Europe/Lisbon")
            .put("notes", "Dentist");
    timeoff
        .putArray("timeoff_days")
        .addObject()
        .put("day", today.plusDays(7).toString())
        .put("hours", 8);
    return new RemoteFixture(
        List.of(
            new RemoteFixture.Company(
                "demo",
                "Demo Ltd",
                TOKEN,
                RemoteFixture.DEFAULT_RATE_LIMIT,
                List.of(
                    new LegalEntity("le-gbr", "Demo Ltd", "GBR", false, true),
                    new LegalEntity("le-usa", "Demo Inc.", "USA", true, false),
                    new LegalEntity("le-prt", "Demo Portugal, Lda.", "PRT", true, false)),
                List.of(
                    new Manager("u-boss", "boss@demo.example", "Bo Boss", "admin"),
                    new Manager("u-ana", "ana@demo.example", "Ana Lima", "manager")),
                List.of(
                    new Department("d-eng", "Engineering"), new Department("d-people", "People")),
                employments,
                List.of(timeoff),
                null)));
  }

  private static RemoteFixture.EmploymentEntry entry(
      String id,
      String type,
      String status,
      String name,
      String login,
      String country,
      String jobTitle,
      LocalDate start,
      String departmentId,
      String legalEntityId,
      ObjectNode administrative,
      ObjectNode contract) {
    return new RemoteFixture.EmploymentEntry(
        id,
        type,
        status,
        name,
        login + "@personal.example",
        login + "@demo.example",
        jobTitle,
        start.toString(),
        country,
        null,
        "u-boss",
        departmentId,
        legalEntityId,
        null,
        null,
        null,
        administrative,
        contract,
        null);
  }
}
