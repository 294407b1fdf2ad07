package dev.bobsync.sync;

import dev.bobsync.sync.plan.SyncType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HiBob fields the Remote sync asks for, each with what it is needed for. */
public final class SyncFields {
  private SyncFields() {}

  /** Field id to purpose; {@code syncFieldId} is the company's "Sync to Remote" custom field. */
  public static Map<String, String> needed(String syncFieldId) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("root.id", "linking");
    f.put("root.firstName", "name");
    f.put("root.surname", "name");
    f.put("root.email", "e-mail matching");
    f.put("home.privateEmail", "e-mail matching");
    f.put("internal.status", "leavers");
    f.put("internal.terminationDate", "leavers");
    f.put("work.startDate", "start date");
    f.put("work.title", "job title");
    f.put("work.department", "department");
    f.put("work.reportsTo.email", "supervisor");
    f.put("address.line1", "address");
    f.put("address.line2", "address");
    f.put("address.city", "address");
    f.put("address.postCode", "address");
    f.put("address.usaState", "address");
    f.put("address.country", "country");
    f.put("emergency.firstName", "emergency contact");
    f.put("emergency.surname", "emergency contact");
    f.put("emergency.relation", "emergency contact");
    f.put("emergency.phone", "emergency contact");
    f.put("emergency.email", "emergency contact");
    f.put("identification.ssn", "SSN (US employees)");
    f.put("payroll.salary.yearlyPayment", "salary (Global Payroll)");
    f.put("payroll.salary.payment", "salary currency (Global Payroll)");
    if (syncFieldId != null) {
      f.put(syncFieldId, "choosing who syncs (\"" + SyncType.FIELD_NAME + "\")");
    }
    return f;
  }
}
