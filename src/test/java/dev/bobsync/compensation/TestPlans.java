package dev.bobsync.compensation;

import dev.bobsync.hibob.FieldMeta;
import java.util.ArrayList;
import java.util.List;

/** HiBob metadata for pure tests: the standard fields the export asks for, and a few custom. */
final class TestPlans {
  static final String BONUS_TARGET = "payroll.custom.field_1690000000201";
  static final String BENEFITS = "category_1690000000000.field_1690000000101";
  static final String BUDDY = "work.custom.field_1690000000501";
  static final String SHARES = "equity.field_1690000000401";

  private TestPlans() {}

  static List<FieldMeta> metadata() {
    List<FieldMeta> m = new ArrayList<>();
    m.add(f("root.id", "ID", "root", "text"));
    m.add(f("root.firstName", "First name", "root", "text"));
    m.add(f("root.surname", "Last name", "root", "text"));
    m.add(f("root.email", "Email", "root", "text"));
    m.add(f("work.employeeIdInCompany", "Employee ID", "work", "number"));
    m.add(f("work.title", "Job title", "work", "list"));
    m.add(f("work.department", "Department", "work", "list"));
    m.add(f("work.site", "Site", "work", "list"));
    m.add(f("work.startDate", "Start date", "work", "date"));
    m.add(f("address.country", "Country", "address", "list"));
    m.add(f("payroll.employment.type", "Employment type", "employment", "list"));
    m.add(f("payroll.employment.contract", "Contract type", "employment", "list"));
    m.add(f("payroll.employment.fte", "FTE %", "employment", "number"));
    m.add(f("payroll.employment.weeklyHours", "Weekly hours", "employment", "number"));
    m.add(f("payroll.salary.payment", "Salary currency", "payroll", "text"));
    m.add(f("payroll.salary.payPeriod", "Salary pay period", "payroll", "text"));
    m.add(f("payroll.salary.payFrequency", "Salary pay frequency", "payroll", "text"));
    m.add(f("payroll.salary.yearlyPayment", "Yearly salary", "payroll", "number"));
    m.add(f("payroll.variable.Bonus.amount", "Bonus amount", "payroll", "number"));
    m.add(f("internal.status", "Status", "lifecycle", "text"));
    m.add(f("internal.lifecycleStatus", "Lifecycle status", "lifecycle", "text"));
    m.add(f("internal.terminationDate", "Termination date", "lifecycle", "date"));
    m.add(f("internal.terminationReason", "Termination reason", "lifecycle", "text"));
    m.add(f("home.legalGender", "Legal gender", "home", "list"));
    m.add(f("personal.birthDate", "Date of birth", "personal", "date"));
    m.add(f(BONUS_TARGET, "Bonus target %", "payroll", "number"));
    m.add(
        new FieldMeta(
            BENEFITS,
            "Benefits eligible",
            "category_1690000000000",
            "Benefits",
            "boolean",
            false,
            null));
    m.add(f(BUDDY, "Buddy", "work", "employee"));
    m.add(f(SHARES, "Granted shares", "equity", "number"));
    return m;
  }

  static FieldPlan plan(CompensationProfile profile, boolean anonymous) {
    return FieldPlan.of(profile, anonymous, metadata());
  }

  static CompensationProfile.ChosenField chosen(String id, String name) {
    return new CompensationProfile.ChosenField(id, name);
  }

  private static FieldMeta f(String id, String name, String category, String type) {
    String display = Character.toUpperCase(category.charAt(0)) + category.substring(1);
    return new FieldMeta(id, name, category, display, type, false, null);
  }
}
