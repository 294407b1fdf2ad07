package dev.bobsync.sync;

import static dev.bobsync.hibob.EmployeeJson.display;
import static dev.bobsync.hibob.EmployeeJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.JsonValues;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.Secret;
import dev.bobsync.sync.plan.SyncType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Normalizes one employee of a HiBob people search into a {@link Person}. */
final class PersonReader {
  private final String syncFieldId;
  private final Map<String, String> itemNames;
  private final Map<String, String> unknownValues = new LinkedHashMap<>();

  /** {@code itemNames} maps the "Sync to Remote" field's raw item ids to their names. */
  PersonReader(String syncFieldId, Map<String, String> itemNames) {
    this.syncFieldId = syncFieldId;
    this.itemNames = Map.copyOf(itemNames);
  }

  /** HiBob id to the "Sync to Remote" value of each person read whose value is none known. */
  Map<String, String> unknownValues() {
    return Map.copyOf(unknownValues);
  }

  Person read(JsonNode e) {
    String id = Objects.requireNonNullElse(text(e, "root.id"), "");
    return new Person(
        id,
        text(e, "root.firstName"),
        text(e, "root.surname"),
        text(e, "root.email"),
        text(e, "home.privateEmail"),
        syncType(e, id),
        !"Inactive".equalsIgnoreCase(text(e, "internal.status")),
        JsonValues.date(text(e, "internal.terminationDate")),
        JsonValues.date(text(e, "work.startDate")),
        display(e, "work.title"),
        display(e, "work.department"),
        text(e, "work.reportsTo.email"),
        address(e),
        emergency(e),
        Secret.of(text(e, "identification.ssn")),
        salary(e));
  }

  private SyncType syncType(JsonNode e, String id) {
    if (syncFieldId == null) {
      return null;
    }
    String shown = display(e, syncFieldId);
    String raw = text(e, syncFieldId);
    SyncType type =
        SyncType.fromHibobItem(shown)
            .or(() -> raw == null ? Optional.empty() : SyncType.fromHibobItem(itemNames.get(raw)))
            .orElse(null);
    if (type == null && !id.isEmpty()) {
      String named = raw == null ? null : itemNames.get(raw);
      String value = named != null ? named : shown;
      if (value != null && !value.isBlank()) {
        unknownValues.put(id, value.strip());
      }
    }
    return type;
  }

  private static Person.Address address(JsonNode e) {
    Person.Address a =
        new Person.Address(
            text(e, "address.line1"),
            text(e, "address.line2"),
            text(e, "address.city"),
            text(e, "address.postCode"),
            display(e, "address.usaState"),
            display(e, "address.country"));
    boolean empty =
        a.line1() == null && a.city() == null && a.postCode() == null && a.country() == null;
    return empty ? null : a;
  }

  private static Person.EmergencyContact emergency(JsonNode e) {
    String first = text(e, "emergency.firstName");
    String last = text(e, "emergency.surname");
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    String phone = text(e, "emergency.phone");
    String email = text(e, "emergency.email");
    if (name.isEmpty() && phone == null && email == null) {
      return null;
    }
    return new Person.EmergencyContact(
        name.isEmpty() ? null : name, display(e, "emergency.relation"), phone, email);
  }

  private static Person.Money salary(JsonNode e) {
    String yearly = text(e, "payroll.salary.yearlyPayment");
    String currency = text(e, "payroll.salary.payment");
    if (yearly == null || currency == null) {
      return null;
    }
    try {
      long cents =
          new BigDecimal(yearly.replace(",", ""))
              .movePointRight(2)
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
      return cents > 0 ? new Person.Money(cents, currency.trim().toUpperCase(Locale.ROOT)) : null;
    } catch (NumberFormatException | ArithmeticException notANumber) {
      return null;
    }
  }
}
