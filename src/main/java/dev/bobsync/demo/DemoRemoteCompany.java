package dev.bobsync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.hibob.EmployeeJson;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.JsonValues;
import dev.bobsync.sync.plan.Countries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Remote company to go with a generated HiBob company: its managers, departments and a legal
 * entity per Global Payroll country, and (for the demo) people already in Remote (most employees
 * who already started are active; one in onboarding, one archived), so that the first sync shows
 * every kind of status and books time off.
 */
public final class DemoRemoteCompany {
  public static final String ID = "demo";
  public static final String TOKEN = "ra_test_demo";

  private final ObjectMapper json;
  private final boolean samplePeople;
  private final Map<String, String> legalEntities = new LinkedHashMap<>();
  private final List<String> selected = new ArrayList<>();
  private final List<String> activeInRemote = new ArrayList<>();

  /** {@code samplePeople}: put a few of the selected people in Remote already, as the demo does. */
  public DemoRemoteCompany(ObjectMapper json, boolean samplePeople) {
    this.json = json;
    this.samplePeople = samplePeople;
  }

  /**
   * The legal entity per country the fixture holds; an integration finds them itself (one per
   * country), so none needs typing.
   */
  public Map<String, String> legalEntities() {
    return legalEntities;
  }

  /** HiBob ids of the active people with a "Sync to Remote" value and a known country. */
  public List<String> selected() {
    return selected;
  }

  /** HiBob ids of the people the fixture puts in Remote as active employees. */
  public List<String> activeInRemote() {
    return activeInRemote;
  }

  /** The Remote emulator fixture, read from HiBob through its public API. */
  public String fixture(HibobClient hibob, int rateLimitPerMinute, LocalDate today) {
    String syncField =
        hibob.fields().stream()
            .filter(
                f -> f.categoryId().equals("work") && f.name().equalsIgnoreCase("Sync to Remote"))
            .map(FieldMeta::id)
            .findFirst()
            .orElse(null);
    List<JsonNode> people = new ArrayList<>();
    List<String> fields =
        new ArrayList<>(
            List.of(
                "root.id",
                "root.firstName",
                "root.surname",
                "root.email",
                "home.privateEmail",
                "work.title",
                "work.startDate",
                "work.department",
                "work.reportsTo.email",
                "address.country",
                "internal.status"));
    if (syncField != null) {
      fields.add(syncField);
    }
    hibob.searchPeople(fields, false, people::add);
    Set<String> managers = new LinkedHashSet<>();
    Set<String> departments = new LinkedHashSet<>();
    people.forEach(
        p -> {
          add(managers, EmployeeJson.text(p, "work.reportsTo.email"));
          add(departments, EmployeeJson.display(p, "work.department"));
        });
    ObjectNode company = json.createObjectNode();
    company
        .put("id", ID)
        .put("name", "Demo company")
        .put("apiToken", TOKEN)
        .put("rateLimitPerMinute", rateLimitPerMinute);
    ArrayNode managerNodes = company.putArray("managers");
    int n = 0;
    for (String email : managers) {
      managerNodes
          .addObject()
          .put("user_id", "u-" + (++n))
          .put("user_email", email)
          .put("role", "manager");
    }
    ArrayNode departmentNodes = company.putArray("departments");
    int d = 0;
    for (String name : departments) {
      departmentNodes.addObject().put("id", "d-" + (++d)).put("name", name);
    }
    ArrayNode entities = company.putArray("legalEntities");
    ArrayNode employments = company.putArray("employments");
    int pastEmployees = 0;
    boolean invited = false;
    boolean archived = false;
    for (JsonNode p : people) {
      String type = syncField == null ? null : EmployeeJson.display(p, syncField);
      String country = Countries.alpha3(EmployeeJson.display(p, "address.country")).orElse(null);
      if (type == null || country == null) {
        continue;
      }
      selected.add(EmployeeJson.text(p, "root.id"));
      if (type.toLowerCase(Locale.ROOT).contains("global payroll")
          && !legalEntities.containsKey(country)) {
        String id = "le-" + country.toLowerCase(Locale.ROOT);
        legalEntities.put(country, id);
        entities
            .addObject()
            .put("id", id)
            .put("name", "Demo " + country + " payroll entity")
            .put("country_code", country)
            .put("global_payroll_enabled", true);
      }
      if (!samplePeople || !type.equalsIgnoreCase("As employee")) {
        continue;
      }
      LocalDate start = JsonValues.date(EmployeeJson.text(p, "work.startDate"));
      boolean past = start != null && !start.isAfter(today);
      // Most employees who already started are active in Remote, so their approved time off is
      // booked by the first sync; every fourth is not in Remote yet and waits (rule R5).
      if (past && pastEmployees++ % 4 != 3) {
        employments.add(employment(p, "active", country, start));
        activeInRemote.add(EmployeeJson.text(p, "root.id"));
      } else if (!past && !invited) {
        employments.add(employment(p, "invited", country, start));
        invited = true;
      } else if (!past && !archived) {
        ObjectNode old = employment(p, "archived", country, start.minusYears(3));
        old.put("id", "e-archived-" + EmployeeJson.text(p, "root.id"));
        employments.add(old);
        archived = true;
      }
    }
    company.putArray("timeoffs");
    ObjectNode fixture = json.createObjectNode();
    fixture.putArray("companies").add(company);
    return fixture.toString();
  }

  private ObjectNode employment(JsonNode p, String status, String country, LocalDate start) {
    String privateEmail = EmployeeJson.text(p, "home.privateEmail");
    String work = EmployeeJson.text(p, "root.email");
    ObjectNode e = json.createObjectNode();
    e.put("id", "e-" + EmployeeJson.text(p, "root.id"));
    e.put("type", "employee").put("status", status);
    e.put(
        "full_name",
        EmployeeJson.text(p, "root.firstName") + " " + EmployeeJson.text(p, "root.surname"));
    e.put("personal_email", privateEmail != null ? privateEmail : work);
    e.put("work_email", work);
    e.put("job_title", EmployeeJson.display(p, "work.title"));
    e.put("provisional_start_date", start == null ? null : start.toString());
    e.put("country_code", country);
    return e;
  }

  private static void add(Set<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value.trim());
    }
  }
}
