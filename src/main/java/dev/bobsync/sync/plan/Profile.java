package dev.bobsync.sync.plan;

import dev.bobsync.remote.Emails;
import dev.bobsync.remote.Employment;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's data in the comparable form the sync keeps of what it wrote: one string per {@link
 * Field}, absent where HiBob has nothing. SSNs are kept only as keyed fingerprints.
 */
public record Profile(Map<Field, String> values) {
  private static final String SEP = " | ";

  public Profile {
    values = Map.copyOf(values);
  }

  /**
   * What HiBob says now, without the fields the service user cannot see (so they are never
   * written); {@code fingerprint} turns an SSN into a keyed, non-reversible digest.
   */
  public static Profile of(Person p, UnaryOperator<String> fingerprint) {
    Map<Field, String> v = new EnumMap<>(Field.class);
    put(v, Field.NAME, p.fullName());
    put(v, Field.PERSONAL_EMAIL, Emails.normalize(p.personalEmail()));
    put(v, Field.WORK_EMAIL, Emails.normalize(p.workEmail()));
    put(v, Field.JOB_TITLE, trim(p.jobTitle()));
    put(v, Field.START_DATE, p.startDate() == null ? null : p.startDate().toString());
    if (p.address() != null) {
      var a = p.address();
      put(
          v,
          Field.ADDRESS,
          join(a.line1(), a.line2(), a.city(), a.postCode(), a.state(), a.country()));
    }
    put(v, Field.MANAGER, Emails.normalize(p.managerEmail()));
    put(v, Field.DEPARTMENT, trim(p.department()));
    if (p.emergencyContact() != null) {
      var e = p.emergencyContact();
      put(v, Field.EMERGENCY_CONTACT, join(e.name(), e.relation(), e.phone(), e.email()));
    }
    if (p.ssn() != null) {
      put(v, Field.SSN, fingerprint.apply(p.ssn().reveal()));
    }
    if (p.annualSalary() != null) {
      put(v, Field.SALARY, p.annualSalary().minorUnits() + " " + p.annualSalary().currency());
    }
    v.keySet().removeAll(p.hidden().keySet());
    return new Profile(v);
  }

  /** What a Remote employment shows of the fields a listing carries. */
  public static Profile of(Employment e) {
    Map<Field, String> v = new EnumMap<>(Field.class);
    put(v, Field.NAME, trim(e.fullName()));
    put(v, Field.PERSONAL_EMAIL, Emails.normalize(e.personalEmail()));
    put(v, Field.WORK_EMAIL, Emails.normalize(e.workEmail()));
    put(v, Field.JOB_TITLE, trim(e.jobTitle()));
    put(v, Field.START_DATE, e.startDate() == null ? null : e.startDate().toString());
    put(v, Field.DEPARTMENT, trim(e.department()));
    put(v, Field.MANAGER, Emails.normalize(e.managerEmail()));
    return new Profile(v);
  }

  /**
   * The fields an employment read carries: a listing ({@code MinimalEmployment}) has no start date
   * and no manager, so only a full read says anything about them.
   */
  public static Set<Field> carried(Employment e) {
    Set<Field> fields = EnumSet.copyOf(Requirements.LISTED_FIELDS);
    if (!e.full()) {
      fields.remove(Field.START_DATE);
      fields.remove(Field.MANAGER);
    }
    return fields;
  }

  public static Profile empty() {
    return new Profile(Map.of());
  }

  public Optional<String> get(Field field) {
    return Optional.ofNullable(values.get(field));
  }

  /**
   * The fields among {@code fields} that have a value here and a different one in {@code other}.
   */
  public Set<Field> changedFrom(Profile other, Collection<Field> fields) {
    Set<Field> changed = EnumSet.noneOf(Field.class);
    for (Field f : fields) {
      String mine = values.get(f);
      if (mine != null && !mine.equals(other.values.get(f))) {
        changed.add(f);
      }
    }
    return changed;
  }

  /** This profile with {@code fields} taken from {@code source} (after a successful write). */
  public Profile with(Profile source, Collection<Field> fields) {
    Map<Field, String> next = new EnumMap<>(Field.class);
    next.putAll(values);
    for (Field f : fields) {
      String value = source.values.get(f);
      if (value == null) {
        next.remove(f);
      } else {
        next.put(f, value);
      }
    }
    return new Profile(next);
  }

  private static void put(Map<Field, String> v, Field f, String value) {
    if (value != null && !value.isBlank()) {
      v.put(f, value);
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  private static String join(String... parts) {
    if (Stream.of(parts).allMatch(s -> s == null || s.isBlank())) {
      return null;
    }
    return Stream.of(parts)
        .map(s -> Objects.requireNonNullElse(s, "").trim())
        .collect(Collectors.joining(SEP));
  }
}
