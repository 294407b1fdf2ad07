package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.hibob.PermissionGroup.Action;
import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An employee's work and salary history tables ({@code /v1/people/{id}/work|salaries}), and the
 * salary tables of everyone, a page at a time ({@code /v1/bulk/people/salaries}).
 */
final class HistoryRoutes {
  private final LiveCompany company;
  private final Replies replies;
  private final Clock clock;

  HistoryRoutes(LiveCompany company, Replies replies, Clock clock) {
    this.company = company;
    this.replies = replies;
    this.clock = clock;
  }

  void register(ApiRoutes api) {
    api.get("/v1/people/{id}/work", Bucket.READ, this::work);
    api.get("/v1/people/{id}/salaries", Bucket.READ, this::salaries);
    api.get("/v1/bulk/people/salaries", Bucket.READ, this::bulkSalaries);
  }

  private void work(Context ctx, Caller caller) {
    CompanySnapshot s = company.snapshot();
    Employee e = employee(s, ctx, caller, "work");
    FieldValues values = new FieldValues(s, LocalDate.now(clock));
    List<WorkEntry> rows = s.tables().work(e.id());
    int current = currentIndex(rows, WorkEntry::effectiveDate);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      WorkEntry r = rows.get(i);
      Map<String, Object> m =
          row(r.id(), e.id(), r.effectiveDate(), r.creationDate(), i == current);
      m.put("title", r.title());
      m.put("department", r.department());
      m.put("site", r.site());
      m.put("siteId", siteId(r.site()));
      m.put("reportsTo", r.reportsTo() == null ? null : reference(s, values, r.reportsTo()));
      out.add(m);
    }
    replies.json(ctx, 200, Map.of("values", out));
  }

  private void salaries(Context ctx, Caller caller) {
    CompanySnapshot s = company.snapshot();
    Employee e = employee(s, ctx, caller, "payroll");
    replies.json(ctx, 200, Map.of("values", salaryRows(s, e)));
  }

  /**
   * Everyone the caller sees, leavers included, ordered by id, {@code limit} (at most 200) a page;
   * the cursor is the last id of the page before. Without "View history" on Payroll each person is
   * an error {@code MISSING_PERMISSION} instead, and the answer is still 200.
   */
  private void bulkSalaries(Context ctx, Caller caller) {
    int limit = limit(ctx.queryParam("limit"));
    String after = ctx.queryParam("cursor");
    CompanySnapshot s = company.snapshot();
    List<Employee> people =
        s.people().all().stream()
            .filter(PeopleRoutes.visibleTo(s, caller.group(), true))
            .filter(e -> after == null || e.id().compareTo(after) > 0)
            .sorted(Comparator.comparing(Employee::id))
            .limit(limit + 1L)
            .toList();
    boolean more = people.size() > limit;
    List<Employee> page = more ? people.subList(0, limit) : people;
    boolean allowed = caller.group().can("payroll", Action.VIEW_HISTORY);
    List<Map<String, Object>> results = new ArrayList<>();
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Employee e : page) {
      if (allowed) {
        results.add(Map.of("employeeId", e.id(), "values", salaryRows(s, e)));
      } else {
        errors.add(Map.of(e.id(), Map.of("error", "MISSING_PERMISSION")));
      }
    }
    Map<String, Object> cursor = new LinkedHashMap<>();
    cursor.put("next_cursor", more ? page.get(page.size() - 1).id() : null);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", results);
    answer.put("response_metadata", cursor);
    answer.put("errors", errors);
    replies.json(ctx, 200, answer);
  }

  private static int limit(String param) {
    if (param == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(param.trim());
      if (n >= 1 && n <= 200) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw ApiError.badRequest("exception.bad.request", "limit must be from 1 to 200: " + param);
  }

  private List<Map<String, Object>> salaryRows(CompanySnapshot s, Employee e) {
    List<SalaryEntry> rows = s.tables().salaries(e.id());
    int current = currentIndex(rows, SalaryEntry::effectiveDate);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SalaryEntry r = rows.get(i);
      Map<String, Object> m =
          row(r.id(), e.id(), r.effectiveDate(), r.creationDate(), i == current);
      Map<String, Object> base = new LinkedHashMap<>();
      base.put("value", r.base());
      base.put("currency", r.currency());
      m.put("base", base);
      m.put("payPeriod", r.payPeriod());
      m.put("payFrequency", r.payFrequency());
      m.put("reason", r.reason());
      out.add(m);
    }
    return out;
  }

  /** The employee, if visible to the caller, whose section history the caller may view. */
  private static Employee employee(CompanySnapshot s, Context ctx, Caller caller, String section) {
    String id = ctx.pathParam("id");
    Employee e =
        s.people()
            .byId(id)
            .filter(PeopleRoutes.visibleTo(s, caller.group(), true))
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "exception.employee.not.found", "Employee " + id + " not found"));
    if (!caller.group().can(section, Action.VIEW_HISTORY)) {
      throw ApiError.forbidden(
          "The permission group cannot view the history of section " + s.sectionName(section));
    }
    return e;
  }

  private Map<String, Object> row(
      long id, String employeeId, LocalDate effective, LocalDate created, boolean current) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("employeeId", employeeId);
    m.put("effectiveDate", effective.toString());
    m.put("isCurrent", current);
    m.put("creationDate", created.toString());
    m.put("customColumns", Map.of());
    return m;
  }

  /** The row in force today: the latest that has started, else the first. */
  private <T> int currentIndex(List<T> rows, Function<T, LocalDate> effective) {
    LocalDate today = LocalDate.now(clock);
    int current = rows.isEmpty() ? -1 : 0;
    for (int i = 0; i < rows.size(); i++) {
      LocalDate d = effective.apply(rows.get(i));
      if (!d.isAfter(today) && !d.isBefore(effective.apply(rows.get(current)))) {
        current = i;
      }
    }
    return current;
  }

  private static Map<String, Object> reference(CompanySnapshot s, FieldValues values, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    s.people()
        .byId(id)
        .ifPresent(
            manager -> {
              m.put("email", manager.text(s.fields().require(StandardFields.EMAIL)));
              m.put("displayName", values.displayName(manager));
            });
    return m;
  }

  private static Long siteId(String site) {
    try {
      return site == null ? null : Long.parseLong(site);
    } catch (NumberFormatException notNumeric) {
      return null;
    }
  }
}
