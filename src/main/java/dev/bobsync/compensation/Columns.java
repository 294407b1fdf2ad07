package dev.bobsync.compensation;

import dev.bobsync.compensation.Column.Kind;
import dev.bobsync.hibob.FieldMeta;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The export's columns for one field plan, in order; documented in {@code docs/compensation.md}.
 * Names, e-mail, employee id and date of birth have no column in anonymous mode.
 */
public final class Columns {
  private static final Set<String> NUMERIC = Set.of("number", "currency");

  private Columns() {}

  /** The columns of an export made with {@code plan}; {@code history} adds salary_history. */
  public static List<Column> of(FieldPlan plan, boolean history) {
    Objects.requireNonNull(plan, "plan");
    List<Column> c = new ArrayList<>();
    boolean named = !plan.anonymous();
    c.add(
        text(
            "id",
            named ? "HiBob employee id" : "stable pseudonym of the HiBob employee id",
            CompensationRow::id));
    if (named) {
      c.add(text("first_name", "first name", r -> r.identity().firstName()));
      c.add(text("last_name", "last name", r -> r.identity().lastName()));
      c.add(text("email", "work e-mail", r -> r.identity().email()));
      c.add(text("employee_id", "employee id in company", r -> r.identity().employeeId()));
    }
    c.add(text("job_title", "job title", r -> r.job().title()));
    c.add(text("department", "department", r -> r.job().department()));
    c.add(text("site", "site (work location)", r -> r.job().site()));
    c.add(text("country", "country (address)", r -> r.job().country()));
    c.add(text("employment_type", "employment type", r -> r.job().employmentType()));
    c.add(text("contract_type", "contract type", r -> r.job().contract()));
    c.add(number("fte_percent", "FTE %, 100 = full time", r -> r.job().ftePercent()));
    c.add(number("weekly_hours", "weekly hours", r -> r.job().weeklyHours()));
    c.add(date("start_date", "start date", r -> r.job().startDate()));
    c.add(number("tenure_years", "years of service", r -> r.job().tenureYears()));
    c.add(text("status", "active or terminated", r -> r.lifecycle().status()));
    c.add(text("lifecycle_status", "HiBob lifecycle status", r -> r.lifecycle().lifecycleStatus()));
    c.add(date("termination_date", "termination date", r -> r.lifecycle().terminationDate()));
    c.add(text("termination_reason", "termination reason", r -> r.lifecycle().terminationReason()));
    c.add(number("base_salary", "base salary per pay period", r -> r.salary().base()));
    c.add(text("currency", "salary currency", r -> r.salary().currency()));
    c.add(text("pay_period", "pay period of base_salary", r -> r.salary().payPeriod()));
    c.add(text("pay_frequency", "how often it is paid", r -> r.salary().payFrequency()));
    c.add(number("annual_base_salary", "annualized base salary", r -> r.salary().annual()));
    c.add(
        number(
            "annual_base_salary_fte",
            "annualized base salary at full time",
            r -> r.salary().annualFte()));
    c.add(number("variable_pay", "sum of variable pay", r -> r.salary().variableTotal()));
    for (String type : plan.variableTypes()) {
      c.add(
          number(
              "variable:" + type, "variable pay: " + type, r -> r.salary().variable().get(type)));
    }
    for (FieldMeta f : plan.equityFields()) {
      c.add(typed("equity:" + f.id(), "equity: " + f.name(), f, r -> r.equity().get(f.id())));
    }
    if (plan.profile().gender()) {
      c.add(text("gender", "gender", r -> r.demographics().gender()));
    }
    if (plan.profile().dateOfBirth()) {
      if (named) {
        c.add(date("date_of_birth", "date of birth", r -> r.demographics().birthDate()));
      }
      c.add(text("age_band", "age band", r -> r.demographics().ageBand()));
    }
    for (CompensationProfile.ChosenField f : plan.customFields()) {
      c.add(
          typed(
              "custom:" + f.id(),
              "custom field: " + plan.name(f.id()),
              plan.metadata().get(f.id()),
              r -> r.custom().get(f.id())));
    }
    if (history) {
      c.add(new Column("salary_history", Kind.HISTORY, "salary table rows", r -> r.history()));
    }
    c.add(new Column("notes", Kind.NOTES, "what could not be read or worked out", r -> r.notes()));
    return List.copyOf(c);
  }

  /** A field's column: a number column for HiBob number fields, text otherwise. */
  private static Column typed(
      String name, String d, FieldMeta meta, Function<CompensationRow, String> f) {
    if (meta != null && NUMERIC.contains(meta.type())) {
      return new Column(name, Kind.NUMBER, d, r -> decimal(f.apply(r)));
    }
    return new Column(name, Kind.TEXT, d, f::apply);
  }

  private static BigDecimal decimal(String s) {
    try {
      return s == null ? null : new BigDecimal(s);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static Column text(String name, String d, Function<CompensationRow, Object> f) {
    return new Column(name, Kind.TEXT, d, f);
  }

  private static Column number(String name, String d, Function<CompensationRow, Object> f) {
    return new Column(name, Kind.NUMBER, d, f);
  }

  private static Column date(String name, String d, Function<CompensationRow, Object> f) {
    return new Column(name, Kind.DATE, d, f);
  }
}
