package dev.bobsync.compensation;

import dev.bobsync.hibob.SalaryRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One person in the compensation export, leavers included (rules V1, V2).
 *
 * @param id HiBob's employee id, or a keyed pseudonym of it in anonymous mode
 * @param identity names, e-mail and employee id; {@code null} in anonymous mode
 * @param equity the Equity section's values by field id
 * @param custom the chosen custom fields' values by field id
 * @param history salary table rows, empty when the table was not read
 * @param notes what could not be read or worked out for this person, in plain words
 */
public record CompensationRow(
    String id,
    Identity identity,
    Job job,
    Lifecycle lifecycle,
    Salary salary,
    Demographics demographics,
    Map<String, String> equity,
    Map<String, String> custom,
    List<SalaryRow> history,
    List<String> notes) {

  public CompensationRow {
    equity = Map.copyOf(equity);
    custom = Map.copyOf(custom);
    history = List.copyOf(history);
    notes = List.copyOf(notes);
  }

  /** Who the person is; never part of an anonymous export. */
  public record Identity(String firstName, String lastName, String email, String employeeId) {}

  /**
   * The job.
   *
   * @param ftePercent HiBob's "FTE %": 100 full time, 50 half time
   * @param tenureYears years from the start date to today, or to the termination date of a leaver
   */
  public record Job(
      String title,
      String department,
      String site,
      String country,
      String employmentType,
      String contract,
      BigDecimal ftePercent,
      BigDecimal weeklyHours,
      LocalDate startDate,
      BigDecimal tenureYears) {}

  /**
   * Where the person is in their employment.
   *
   * @param status {@code active}, or {@code terminated} for a leaver (never dropped, rule V1)
   * @param lifecycleStatus HiBob's own lifecycle status (employed, terminated, garden leave...)
   */
  public record Lifecycle(
      String status, String lifecycleStatus, LocalDate terminationDate, String terminationReason) {
    public static final String ACTIVE = "active";
    public static final String TERMINATED = "terminated";

    public boolean leaver() {
      return TERMINATED.equals(status);
    }
  }

  /**
   * Optional demographics (rule V3).
   *
   * @param birthDate {@code null} in anonymous mode
   * @param ageBand "25-34" and so on, from the date of birth
   */
  public record Demographics(String gender, LocalDate birthDate, String ageBand) {}
}
