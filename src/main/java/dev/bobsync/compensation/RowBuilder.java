package dev.bobsync.compensation;

import static dev.bobsync.compensation.FieldPlan.BIRTH_DATE;
import static dev.bobsync.compensation.FieldPlan.CONTRACT;
import static dev.bobsync.compensation.FieldPlan.COUNTRY;
import static dev.bobsync.compensation.FieldPlan.CURRENCY;
import static dev.bobsync.compensation.FieldPlan.DEPARTMENT;
import static dev.bobsync.compensation.FieldPlan.EMAIL;
import static dev.bobsync.compensation.FieldPlan.EMPLOYEE_ID;
import static dev.bobsync.compensation.FieldPlan.EMPLOYMENT_TYPE;
import static dev.bobsync.compensation.FieldPlan.FIRST_NAME;
import static dev.bobsync.compensation.FieldPlan.FTE;
import static dev.bobsync.compensation.FieldPlan.LIFECYCLE_STATUS;
import static dev.bobsync.compensation.FieldPlan.PAY_FREQUENCY;
import static dev.bobsync.compensation.FieldPlan.PAY_PERIOD;
import static dev.bobsync.compensation.FieldPlan.SITE;
import static dev.bobsync.compensation.FieldPlan.START_DATE;
import static dev.bobsync.compensation.FieldPlan.STATUS;
import static dev.bobsync.compensation.FieldPlan.SURNAME;
import static dev.bobsync.compensation.FieldPlan.TERMINATION_DATE;
import static dev.bobsync.compensation.FieldPlan.TERMINATION_REASON;
import static dev.bobsync.compensation.FieldPlan.TITLE;
import static dev.bobsync.compensation.FieldPlan.WEEKLY_HOURS;
import static dev.bobsync.compensation.FieldPlan.YEARLY;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.compensation.CompensationRow.Demographics;
import dev.bobsync.compensation.CompensationRow.Identity;
import dev.bobsync.compensation.CompensationRow.Job;
import dev.bobsync.compensation.CompensationRow.Lifecycle;
import dev.bobsync.hibob.EmployeeJson;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.SalaryRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds one person's row from a people-search answer and, where read, their salary table (rules
 * V1-V3, V5). Pure: no I/O, "today" is given. A value that cannot be read becomes a note on the
 * row; the rest of the row is kept.
 */
public final class RowBuilder {
  private static final Set<String> DISPLAYED_TYPES =
      Set.of("list", "multi-list", "hierarchy-list", "employee", "employee-reference");

  private static final Set<String> NUMERIC_TYPES = Set.of("number", "currency");

  private final FieldPlan plan;
  private final LocalDate today;
  private final UnaryOperator<String> pseudonyms;

  /** {@code pseudonyms} maps a HiBob id to its stable pseudonym (used in anonymous mode). */
  public RowBuilder(FieldPlan plan, LocalDate today, UnaryOperator<String> pseudonyms) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.today = Objects.requireNonNull(today, "today");
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
  }

  /** The row of one employee; {@code extraNotes} come from reading their history, if any. */
  public CompensationRow row(JsonNode e, List<SalaryRow> history, List<String> extraNotes) {
    Objects.requireNonNull(e, "employee");
    List<String> notes = new ArrayList<>();
    FieldReader r = new FieldReader(e, notes, !plan.anonymous());
    String hibobId = EmployeeJson.text(e, FieldPlan.ID);
    String id = hibobId == null ? null : plan.anonymous() ? pseudonyms.apply(hibobId) : hibobId;
    Identity identity =
        plan.anonymous()
            ? null
            : new Identity(r.text(FIRST_NAME), r.text(SURNAME), r.text(EMAIL), r.text(EMPLOYEE_ID));
    Lifecycle lifecycle = lifecycle(r, notes);
    BigDecimal fte = r.number(FTE, "FTE");
    BigDecimal hours = r.number(WEEKLY_HOURS, "weekly hours");
    LocalDate start = r.date(START_DATE, "start date");
    Job job =
        new Job(
            r.shown(TITLE),
            r.shown(DEPARTMENT),
            r.shown(SITE),
            r.shown(COUNTRY),
            r.shown(EMPLOYMENT_TYPE),
            r.shown(CONTRACT),
            fte,
            hours,
            start,
            Tenure.years(start, lifecycle.leaver() ? lifecycle.terminationDate() : null, today));
    LocalDate payDay =
        lifecycle.leaver()
                && lifecycle.terminationDate() != null
                && lifecycle.terminationDate().isBefore(today)
            ? lifecycle.terminationDate()
            : today;
    Salary salary =
        Annualizer.salary(salaryInput(r, history, payDay, hours, fte), variable(r), notes);
    Demographics demographics = demographics(r);
    notes.addAll(extraNotes);
    return new CompensationRow(
        id,
        identity,
        job,
        lifecycle,
        salary,
        demographics,
        values(r, plan.equityFields().stream().map(FieldMeta::id).toList()),
        custom(r, notes),
        history,
        notes);
  }

  private Lifecycle lifecycle(FieldReader r, List<String> notes) {
    String status = r.text(STATUS);
    String lifecycleStatus = r.text(LIFECYCLE_STATUS);
    boolean leaver =
        "Inactive".equalsIgnoreCase(status) || "terminated".equalsIgnoreCase(lifecycleStatus);
    LocalDate terminated = r.date(TERMINATION_DATE, "termination date");
    if (leaver && terminated == null && r.present(TERMINATION_DATE)) {
      notes.add("left the company but HiBob has no termination date (internal.terminationDate)");
    }
    String normalized =
        leaver
            ? Lifecycle.TERMINATED
            : status != null || lifecycleStatus != null ? Lifecycle.ACTIVE : null;
    return new Lifecycle(normalized, lifecycleStatus, terminated, r.text(TERMINATION_REASON));
  }

  /** The salary table's row in force on {@code day} (a leaver's last day), else the search's. */
  private Annualizer.Input salaryInput(
      FieldReader r, List<SalaryRow> history, LocalDate day, BigDecimal hours, BigDecimal fte) {
    SalaryRow current = SalaryHistory.current(history, day);
    if (current != null && current.base() != null) {
      return new Annualizer.Input(
          current.base(),
          null,
          current.currency(),
          current.payPeriod(),
          current.payFrequency(),
          hours,
          fte);
    }
    return new Annualizer.Input(
        null,
        r.number(YEARLY, "yearly salary"),
        r.text(CURRENCY),
        r.text(PAY_PERIOD),
        r.text(PAY_FREQUENCY),
        hours,
        fte);
  }

  private Map<String, BigDecimal> variable(FieldReader r) {
    Map<String, BigDecimal> variable = new LinkedHashMap<>();
    for (String type : plan.variableTypes()) {
      BigDecimal amount = r.number("payroll.variable." + type + ".amount", type + " amount");
      if (amount != null) {
        variable.put(type, amount);
      }
    }
    return variable;
  }

  private Demographics demographics(FieldReader r) {
    String gender = plan.profile().gender() ? r.shown(plan.profile().genderField()) : null;
    if (!plan.profile().dateOfBirth()) {
      return new Demographics(gender, null, null);
    }
    LocalDate birth = r.date(BIRTH_DATE, "date of birth");
    return new Demographics(gender, plan.anonymous() ? null : birth, AgeBand.of(birth, today));
  }

  private Map<String, String> custom(FieldReader r, List<String> notes) {
    Map<String, String> values = new HashMap<>();
    for (CompensationProfile.ChosenField c : plan.customFields()) {
      if (plan.deleted(c.id())) {
        notes.add(
            "custom field \""
                + plan.name(c.id())
                + "\" ("
                + c.id()
                + ") no longer exists in HiBob: its column is empty");
        continue;
      }
      String v = value(r, c.id());
      if (v != null) {
        values.put(c.id(), v);
      }
    }
    return values;
  }

  private Map<String, String> values(FieldReader r, List<String> ids) {
    Map<String, String> values = new HashMap<>();
    for (String id : ids) {
      String v = value(r, id);
      if (v != null) {
        values.put(id, v);
      }
    }
    return values;
  }

  private String value(FieldReader r, String id) {
    FieldMeta meta = plan.metadata().get(id);
    if (meta != null && NUMERIC_TYPES.contains(meta.type())) {
      BigDecimal n = r.number(id, "\"" + plan.name(id) + "\"");
      return n == null ? null : n.toPlainString();
    }
    return meta != null && DISPLAYED_TYPES.contains(meta.type()) ? r.shown(id) : r.text(id);
  }
}
