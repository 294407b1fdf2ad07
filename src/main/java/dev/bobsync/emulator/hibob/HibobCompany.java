package dev.bobsync.emulator.hibob;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A company for the emulator to serve: read from a fixture file or generated. The emulator starts
 * from it and keeps its own live copy, so one company can seed several emulators.
 */
public final class HibobCompany {
  private final CompanySnapshot snapshot;
  private final AnswerShapes shapes;

  HibobCompany(CompanySnapshot snapshot) {
    this(snapshot, AnswerShapes.DEFAULT);
  }

  private HibobCompany(CompanySnapshot snapshot, AnswerShapes shapes) {
    this.snapshot = snapshot;
    this.shapes = Objects.requireNonNull(shapes, "shapes");
  }

  /** The same company answered in other shapes (see {@link AnswerShapes}). */
  public HibobCompany withShapes(AnswerShapes next) {
    return new HibobCompany(snapshot, next);
  }

  /** The answer shapes the emulator starts with. */
  public AnswerShapes shapes() {
    return shapes;
  }

  /** Reads a fixture file (format in {@code docs/emulator-hibob.md}). */
  public static HibobCompany fromFixture(Path file) {
    Objects.requireNonNull(file, "file");
    return FixtureReader.read(file);
  }

  /** Reads a fixture given as JSON text; {@code source} names it in error messages. */
  public static HibobCompany fromFixtureJson(String json, String source) {
    Objects.requireNonNull(json, "json");
    return FixtureReader.read(json, Objects.requireNonNull(source, "source"));
  }

  /** A realistic company of {@code employees} people; the same arguments give the same company. */
  public static HibobCompany generate(int employees, long seed, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (employees < 1) {
      throw new IllegalArgumentException("a generated company needs at least 1 employee");
    }
    return new CompanyGenerator(seed, today, false).generate(employees);
  }

  /**
   * Like {@link #generate}, but everyone tagged "Sync to Remote" is a new hire: active, with a
   * manager and no reports, starting in the next 7-117 days, so a first sync creates them all.
   * Benchmarks start from it.
   */
  public static HibobCompany generateNewHires(int employees, long seed, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (employees < 1) {
      throw new IllegalArgumentException("a generated company needs at least 1 employee");
    }
    return new CompanyGenerator(seed, today, true).generate(employees);
  }

  public long id() {
    return snapshot.companyId();
  }

  public String name() {
    return snapshot.companyName();
  }

  public int employeeCount() {
    return snapshot.people().size();
  }

  /** The service users this company accepts, the one with every needed permission first. */
  public List<ServiceUser> serviceUsers() {
    return List.copyOf(snapshot.access().users());
  }

  CompanySnapshot snapshot() {
    return snapshot;
  }
}
