package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.datafaker.Faker;

/** Writes one generated person in HiBob's nested shape, with their salary history rows. */
final class PersonWriter {
  /** A person as a fixture would hold them, plus explicit salary rows (empty: derive one). */
  record Person(ObjectNode json, List<SalaryEntry> salaryRows) {}

  private static final List<String> RELATIONS =
      List.of("Spouse", "Partner", "Parent", "Sibling", "Friend");
  private static final List<String> FAMILY =
      List.of("Single", "Married", "Domestic partnership", "Divorced");
  private static final List<String> REASONS =
      List.of("Resignation", "Dismissal", "End of contract", "Redundancy");

  private final ObjectMapper mapper;
  private final PersonFaker faker;
  private final SplittableRandom random;
  private final LocalDate today;
  private final String domain;
  private final Set<String> emails = new HashSet<>();

  PersonWriter(
      ObjectMapper mapper,
      PersonFaker faker,
      SplittableRandom random,
      LocalDate today,
      String domain) {
    this.mapper = mapper;
    this.faker = faker;
    this.random = random;
    this.today = today;
    this.domain = domain;
  }

  Person person(
      int index,
      String id,
      GeneratedCountry country,
      GeneratedCountry.Site site,
      String title,
      String department,
      String managerId,
      LocalDate start,
      boolean leaver,
      String syncValue) {
    Faker f = faker.of(country);
    String first = f.name().firstName();
    String last = f.name().lastName();
    ObjectNode p = mapper.createObjectNode();
    p.put("id", id);
    p.put("firstName", first);
    p.put("surname", last);
    p.put("email", uniqueEmail(first, last, index, domain));
    LocalDate birth = today.minusYears(22 + random.nextInt(42)).minusDays(random.nextInt(365));
    p.putObject("personal")
        .put("birthDate", birth.toString())
        .put("nationality", country.name())
        .put(
            "pronouns",
            random.nextBoolean() ? null : pick(List.of("she/her", "he/him", "they/them")));
    p.putObject("home")
        .put(
            "privateEmail",
            uniqueEmail(first, last + (10 + random.nextInt(90)), index, "mail.example"))
        .put("mobilePhone", f.phoneNumber().cellPhone())
        .put(
            "legalGender",
            random.nextInt(100) < 2 ? "Non-binary" : random.nextBoolean() ? "Female" : "Male")
        .put("familyStatus", pick(FAMILY))
        .put("numberOfKids", random.nextInt(4));
    if (country.isUsa()) {
      p.putObject("identification").put("ssn", f.idNumber().ssnValid());
    }
    ObjectNode work = p.putObject("work");
    work.put("title", title)
        .put("department", department)
        .put("site", site.name())
        .put("startDate", start.toString())
        .put("employeeIdInCompany", 1000 + index)
        .put("workPhone", random.nextInt(3) == 0 ? f.phoneNumber().phoneNumber() : null);
    if (managerId != null) {
      work.putObject("reportsTo").put("id", managerId);
    }
    if (syncValue != null) {
      put(p, CompanyGenerator.SYNC_FIELD, TextNode.valueOf(syncValue));
    }
    p.putObject("address")
        .put("line1", f.address().streetAddress())
        .put("city", site.city())
        .put("postCode", f.address().zipCode())
        .put("country", country.name())
        .put("usaState", site.usaState());
    p.putObject("emergency")
        .put("firstName", f.name().firstName())
        .put("surname", random.nextBoolean() ? last : f.name().lastName())
        .put("relation", pick(RELATIONS))
        .put("phone", f.phoneNumber().cellPhone())
        .put("country", country.name());
    List<SalaryEntry> rows = payroll(p, country, title, start, "As contractor".equals(syncValue));
    ObjectNode internal = p.putObject("internal");
    if (leaver) {
      long days = Math.max(1, ChronoUnit.DAYS.between(start, today) - 1);
      internal
          .put("status", "Inactive")
          .put("lifecycleStatus", "terminated")
          .put(
              "terminationDate",
              start.plusDays(Math.min(days, 60 + random.nextLong(days))).toString())
          .put("terminationReason", pick(REASONS));
    } else {
      internal
          .put("status", "Active")
          .put("lifecycleStatus", start.isAfter(today) ? "hired" : "employed")
          .put("probationEndDate", start.plusDays(90).toString());
    }
    put(p, CompanyGenerator.BENEFITS_FIELD, BooleanNode.valueOf(random.nextInt(5) > 0));
    return new Person(p, rows);
  }

  /** Employment and salary fields; a third of long-standing people had a raise after a year. */
  private List<SalaryEntry> payroll(
      ObjectNode p, GeneratedCountry country, String title, LocalDate start, boolean contractor) {
    boolean partTime = random.nextInt(100) < 10;
    double hours = partTime ? country.fullTimeHours() / 2 : country.fullTimeHours();
    ObjectNode payroll = p.putObject("payroll");
    payroll
        .putObject("employment")
        .put(
            "contract",
            contractor ? "Contractor" : random.nextInt(100) < 8 ? "Fixed term" : "Permanent")
        .put("type", partTime ? "Part-time" : "Full-time")
        .put("weeklyHours", hours)
        .put("fte", partTime ? 50 : 100)
        .put("salaryPayType", "Salary");
    boolean senior =
        title.contains("Manager")
            || title.startsWith("Head")
            || title.startsWith("Chief")
            || title.contains("Lead")
            || title.contains("Counsel");
    double annual =
        country.minAnnual() + random.nextDouble() * (country.maxAnnual() - country.minAnnual());
    annual =
        Math.min(country.maxAnnual() * 1.5, senior ? annual * 1.3 : annual) * (partTime ? 0.5 : 1);
    String period = country.isUsa() && random.nextInt(100) < 10 ? "Hourly" : country.payPeriod();
    double base =
        switch (period) {
          case "Hourly" -> Math.round(annual / (hours * 52) * 4) / 4.0;
          case "Monthly" -> Math.round(annual / 12 / 10) * 10.0;
          default ->
              Math.round(annual / (country.currency().equals("JPY") ? 10_000 : 500))
                  * (country.currency().equals("JPY") ? 10_000.0 : 500.0);
        };
    double yearly =
        switch (period) {
          case "Hourly" -> base * hours * 52;
          case "Monthly" -> base * 12;
          default -> base;
        };
    String frequency = period.equals("Hourly") ? "Weekly" : country.payFrequency();
    payroll
        .putObject("salary")
        .put("payment", country.currency())
        .put("payPeriod", period)
        .put("payFrequency", frequency)
        .put("yearlyPayment", Values.number(yearly).doubleValue());
    if (random.nextInt(100) < 20) {
      String type = title.contains("Account") || title.contains("Sales") ? "Commission" : "Bonus";
      payroll.putObject("variable").putObject(type).put("amount", Math.round(yearly * 0.1));
    }
    put(p, CompanyGenerator.BONUS_TARGET_FIELD, IntNode.valueOf(senior ? 20 : 10));
    List<SalaryEntry> rows = new ArrayList<>();
    if (start.isBefore(today.minusYears(2)) && random.nextInt(3) == 0) {
      LocalDate raise = start.plusYears(1);
      Number before = Values.number(Math.round(base * 90) / 100.0);
      rows.add(
          new SalaryEntry(0, start, before, country.currency(), period, frequency, "Hire", start));
      rows.add(
          new SalaryEntry(
              0,
              raise,
              Values.number(base),
              country.currency(),
              period,
              frequency,
              "Merit increase",
              raise));
    }
    return rows;
  }

  /** Sets a field by its id, creating the objects on its path. */
  private static void put(ObjectNode person, String fieldId, JsonNode value) {
    String[] path = fieldId.split("\\.");
    ObjectNode node = person;
    for (int i = 0; i < path.length - 1; i++) {
      node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
    }
    node.set(path[path.length - 1], value);
  }

  private String uniqueEmail(String first, String last, int index, String mailDomain) {
    String a = PersonFaker.ascii(first);
    String b = PersonFaker.ascii(last);
    String local = a.isEmpty() || b.isEmpty() ? "employee" + (1000 + index) : a + "." + b;
    String email = local + "@" + mailDomain;
    for (int n = 2; !emails.add(email); n++) {
      email = local + n + "@" + mailDomain;
    }
    return email;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
