package dev.bobsync.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.hibob.AccessCheck;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.hibob.AccessReport.Severity;
import dev.bobsync.hibob.EmployeeJson;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.HibobTables;
import dev.bobsync.hibob.SalaryRow;
import dev.bobsync.hibob.Visibility;
import dev.bobsync.http.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads HiBob for one export: the field metadata, one people search with exactly the planned field
 * ids and leavers included (rule V1), then, only when the profile asks for it, everyone's salary
 * table ({@link SalaryTableReads}: 200 people a call).
 */
public final class CompensationReader {
  /** How much of the salary table to read. */
  public enum History {
    /** None. */
    NONE,
    /** One person's, to learn whether the table is visible (for checks). */
    PROBE,
    /** Everyone's, when the profile has salary history on. */
    ALL
  }

  /** Told how far the salary-table reads are. */
  @FunctionalInterface
  public interface Progress {
    void historyRead(int done, int total);
  }

  private final HibobClient hibob;
  private final HibobTables tables;
  private final UnaryOperator<String> pseudonyms;
  private final LocalDate today;

  public CompensationReader(HibobClient hibob, UnaryOperator<String> pseudonyms, LocalDate today) {
    this.hibob = Objects.requireNonNull(hibob, "hibob");
    this.tables = new HibobTables(hibob.api());
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
    this.today = Objects.requireNonNull(today, "today");
  }

  /** Reads everyone; never throws for what HiBob answers: the report says what went wrong. */
  public Dataset read(
      CompensationProfile profile, boolean anonymous, History history, Progress progress) {
    Objects.requireNonNull(profile, "profile");
    int callsBefore = hibob.api().stats().total();
    List<FieldMeta> metadata;
    try {
      metadata = hibob.fields();
    } catch (ApiException e) {
      return failed(FieldPlan.of(profile, anonymous, List.of()), e, callsBefore);
    }
    FieldPlan plan = FieldPlan.of(profile, anonymous, metadata);
    RowBuilder builder = new RowBuilder(plan, today, pseudonyms);
    Visibility visibility = new Visibility(plan.asked());
    List<JsonNode> people = new ArrayList<>();
    try {
      hibob.searchPeople(
          plan.asked(),
          true,
          e -> {
            visibility.accept(e);
            if (EmployeeJson.text(e, FieldPlan.ID) != null) {
              people.add(e);
            }
          });
    } catch (ApiException e) {
      return failed(plan, e, callsBefore);
    }
    boolean wantHistory = profile.salaryHistory() && history != History.NONE;
    SalaryTableReads reads =
        new SalaryTableReads(tables, history == History.ALL ? people.size() : 1, progress);
    if (wantHistory && history == History.ALL) {
      reads.readAllInBulk();
    }
    List<CompensationRow> rows = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      JsonNode e = people.get(i);
      boolean read = wantHistory && (history == History.ALL || i == 0);
      List<String> notes = new ArrayList<>();
      List<SalaryRow> salaries = read ? reads.of(EmployeeJson.text(e, FieldPlan.ID), notes) : null;
      rows.add(builder.row(e, salaries == null ? List.of() : salaries, notes));
      people.set(i, null);
    }
    List<Diagnostic> diagnostics =
        Diagnostics.of(
            plan,
            visibility.hiddenWithPermission(plan.metadata()),
            visibility.employees(),
            visibility.leavers(),
            reads.hidden);
    if (reads.stopped != null) {
      diagnostics = new ArrayList<>(diagnostics);
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              "Salary history incomplete",
              "Reading salary tables stopped, the rest have the current salary only: "
                  + reads.stopped,
              List.of(),
              List.of()));
    }
    boolean missing = diagnostics.stream().anyMatch(d -> d.severity() == Severity.MISSING);
    CompensationReport report =
        new CompensationReport(
            missing ? Outcome.INCOMPLETE : Outcome.OK,
            null,
            diagnostics,
            visibility.employees(),
            visibility.leavers(),
            hibob.api().stats().total() - callsBefore);
    return new Dataset(
        Columns.of(plan, wantHistory && history == History.ALL), rows, report, today, anonymous);
  }

  private Dataset failed(FieldPlan plan, ApiException e, int callsBefore) {
    AccessReport access = AccessCheck.failure(e);
    List<Diagnostic> diagnostics =
        access.outcome() == Outcome.UNREACHABLE ? List.of() : Diagnostics.refused(plan);
    CompensationReport report =
        new CompensationReport(
            access.outcome(),
            access.problem(),
            diagnostics,
            0,
            0,
            hibob.api().stats().total() - callsBefore);
    return new Dataset(Columns.of(plan, false), List.of(), report, today, plan.anonymous());
  }
}
