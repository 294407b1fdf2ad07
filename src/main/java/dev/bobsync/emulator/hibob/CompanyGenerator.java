package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.http.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a realistic company from a seed: a manager tree over departments and sites in eight
 * countries, local salaries, leavers, people tagged "Sync to Remote", and time off in every status.
 * The same size, seed and day give the same company.
 */
final class CompanyGenerator {
  static final String SYNC_FIELD = "work.custom.field_1700000000001";
  static final String SYNC_LIST = "syncToRemote";
  static final List<String> SYNC_VALUES =
      List.of("As employee", "As contractor", "As global payroll employee");
  static final String BENEFITS_CATEGORY = "category_1690000000000";
  static final String BENEFITS_FIELD = BENEFITS_CATEGORY + ".field_1690000000101";
  static final String BONUS_TARGET_FIELD = "payroll.custom.field_1690000000201";
  static final String SERVICE_GROUP = "bobsync";

  private record Department(String name, String managerTitle, List<String> titles) {}

  private static final List<Department> DEPARTMENTS =
      List.of(
          new Department(
              "R&D",
              "Engineering Manager",
              List.of(
                  "Software Engineer",
                  "Senior Software Engineer",
                  "Staff Engineer",
                  "QA Engineer",
                  "Data Scientist")),
          new Department(
              "Product",
              "Head of Product",
              List.of("Product Manager", "Product Designer", "UX Researcher")),
          new Department(
              "Sales",
              "Sales Manager",
              List.of("Account Executive", "Sales Development Representative")),
          new Department(
              "Marketing",
              "Marketing Manager",
              List.of("Content Strategist", "Product Marketing Manager", "Growth Marketer")),
          new Department(
              "Customer Success",
              "Customer Success Lead",
              List.of("Customer Success Manager", "Support Specialist")),
          new Department(
              "Finance",
              "Finance Manager",
              List.of("Accountant", "Financial Analyst", "Payroll Specialist")),
          new Department(
              "People",
              "Head of People",
              List.of("HR Business Partner", "Recruiter", "People Operations Specialist")),
          new Department(
              "Operations", "Operations Manager", List.of("Office Manager", "IT Support Engineer")),
          new Department("Legal", "General Counsel", List.of("Legal Counsel", "Paralegal")));

  /** What the generator decided about one person before writing them down. */
  private static final class Plan {
    int manager = -1;
    boolean hasReports;
    Department department;
    GeneratedCountry country;
    GeneratedCountry.Site site;
    boolean leaver;
    int syncValue = -1;
    boolean futureStart;
    String id;
  }

  private final long seed;
  private final LocalDate today;
  private final SplittableRandom random;
  private final ObjectMapper mapper = Json.newMapper();
  private final List<GeneratedCountry> countries = GeneratedCountry.all();
  private final boolean taggedAreNewHires;

  /** {@code taggedAreNewHires}: everyone tagged "Sync to Remote" starts in the future. */
  CompanyGenerator(long seed, LocalDate today, boolean taggedAreNewHires) {
    this.seed = seed;
    this.today = today;
    this.random = new SplittableRandom(seed);
    this.taggedAreNewHires = taggedAreNewHires;
  }

  HibobCompany generate(int size) {
    PersonFaker faker = new PersonFaker(seed, countries);
    CompanyBuilder b = new CompanyBuilder();
    String companyName = faker.companyName();
    long companyId = 600_000 + Math.floorMod(seed, 100_000);
    b.company(companyId, companyName);
    addAccess(b, companyId);
    addCustomFields(b);
    List<Plan> plans = plan(size);
    String domain = PersonFaker.ascii(companyName).replace(".", "") + ".example";
    PersonWriter writer = new PersonWriter(mapper, faker, random, today, domain);
    for (int i = 0; i < size; i++) {
      Plan p = plans.get(i);
      String title =
          i == 0
              ? "Chief Executive Officer"
              : p.hasReports
                  ? p.department.managerTitle()
                  : p.department.titles().get(random.nextInt(p.department.titles().size()));
      PersonWriter.Person person =
          writer.person(
              i,
              p.id,
              p.country,
              p.site,
              title,
              p.department.name(),
              p.manager < 0 ? null : plans.get(p.manager).id,
              startDate(i, p),
              p.leaver,
              p.syncValue < 0 ? null : SYNC_VALUES.get(p.syncValue));
      b.employee(person.json());
      person.salaryRows().forEach(row -> b.salaryRow(p.id, row));
    }
    new TimeOffWriter(random, today)
        .write(b, plans.stream().filter(p -> !p.leaver).map(p -> p.id).toList());
    return b.build();
  }

  private void addAccess(CompanyBuilder b, long companyId) {
    Set<PermissionGroup.Action> all = EnumSet.allOf(PermissionGroup.Action.class);
    Map<String, Set<PermissionGroup.Action>> people = new LinkedHashMap<>();
    StandardFields.defaultSectionNames().keySet().forEach(c -> people.put(c, all));
    people.put(BENEFITS_CATEGORY, all);
    b.permissionGroup(
        new PermissionGroup(
            SERVICE_GROUP,
            people,
            Set.of("manageEmployeeFieldSettings", "editAllLists"),
            PermissionGroup.AccessRights.LIFECYCLE_STATUS_EXISTS));
    StringBuilder token = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 40; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    b.serviceUser(new ServiceUser("SERVICE-" + companyId, token.toString(), SERVICE_GROUP));
  }

  private void addCustomFields(CompanyBuilder b) {
    b.customField(SYNC_FIELD, "Sync to Remote", "work", Field.LIST, SYNC_LIST, false);
    SYNC_VALUES.forEach(v -> b.listValue(SYNC_LIST, v));
    b.sectionName(BENEFITS_CATEGORY, "Benefits");
    b.customField(BENEFITS_FIELD, "Benefits eligible", BENEFITS_CATEGORY, "boolean", null, false);
    b.customField(BONUS_TARGET_FIELD, "Bonus target %", "payroll", "number", null, false);
  }

  /** Decides the tree, departments, countries, leavers, tags and future starts. */
  private List<Plan> plan(int size) {
    List<Plan> plans = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int totalWeight = countries.stream().mapToInt(GeneratedCountry::weight).sum();
    for (int i = 0; i < size; i++) {
      Plan p = new Plan();
      do {
        p.id =
            Long.toString(3_000_000_000_000_000_000L + random.nextLong(999_999_999_999_999_999L));
      } while (!ids.add(p.id));
      if (i > 0) {
        p.manager = random.nextInt(Math.max(1, (i + 3) / 4));
        plans.get(p.manager).hasReports = true;
      }
      if (i == 0) {
        p.department = DEPARTMENTS.get(DEPARTMENTS.size() - 2);
      } else if (p.manager == 0 || random.nextInt(100) < 15) {
        p.department = DEPARTMENTS.get((i - 1) % DEPARTMENTS.size());
      } else {
        p.department = plans.get(p.manager).department;
      }
      int pick = random.nextInt(totalWeight);
      for (GeneratedCountry c : countries) {
        pick -= c.weight();
        if (pick < 0) {
          p.country = c;
          break;
        }
      }
      p.site = p.country.sites().get(random.nextInt(p.country.sites().size()));
      plans.add(p);
    }
    List<Plan> individuals = plans.stream().filter(p -> !p.hasReports && p.manager >= 0).toList();
    int leavers = size >= 5 ? Math.max(1, Math.round(size * 0.08f)) : 0;
    for (Plan p : sample(individuals, leavers)) {
      p.leaver = true;
    }
    int covered = 0;
    for (Plan p : plans) {
      boolean canStartLater = !p.hasReports && !p.leaver && p.manager >= 0;
      if (canStartLater && covered < 2 * SYNC_VALUES.size()) {
        // the first few cover every "Sync to Remote" value with a past and a future start
        p.syncValue = covered % SYNC_VALUES.size();
        p.futureStart = covered >= SYNC_VALUES.size();
        covered++;
      } else if (random.nextInt(100) < 25) {
        p.syncValue = random.nextInt(SYNC_VALUES.size());
        p.futureStart = canStartLater && random.nextInt(100) < 40;
      } else {
        p.futureStart = canStartLater && random.nextInt(100) < 4;
      }
      if (taggedAreNewHires && p.syncValue >= 0) {
        // managers and leavers cannot be new hires: they are left out of the sync instead
        p.syncValue = canStartLater ? p.syncValue : -1;
        p.futureStart = canStartLater;
      }
    }
    return plans;
  }

  private LocalDate startDate(int index, Plan p) {
    if (index == 0) {
      return today.minusYears(9).withDayOfMonth(1);
    }
    if (p.futureStart) {
      return today.plusDays(7 + random.nextInt(110));
    }
    return today.minusDays((p.leaver ? 400 : 14) + random.nextInt(3200));
  }

  private List<Plan> sample(List<Plan> from, int count) {
    List<Plan> pool = new ArrayList<>(from);
    List<Plan> picked = new ArrayList<>();
    while (picked.size() < count && !pool.isEmpty()) {
      int i = random.nextInt(pool.size());
      picked.add(pool.get(i));
      pool.set(i, pool.get(pool.size() - 1));
      pool.remove(pool.size() - 1);
    }
    return picked;
  }
}
