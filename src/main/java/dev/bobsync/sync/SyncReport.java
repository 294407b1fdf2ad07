package dev.bobsync.sync;

import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Reason;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one sync did (or, in a dry run, would do): counts, each person's outcome, the calls spent on
 * each API and anything that concerns the whole run.
 *
 * @param planned the plan, one line per person, in a dry run; empty otherwise
 * @param error why the run failed as a whole, or {@code null}
 * @param missingPermissions the HiBob permissions (rule C2, in HiBob's words) whose fields HiBob
 *     hid from the service user in this run
 */
public record SyncReport(
    String integration,
    String runId,
    boolean dryRun,
    Counts counts,
    List<PersonResult> people,
    List<PlannedAction> planned,
    Calls calls,
    Duration took,
    List<String> warnings,
    String error,
    List<String> missingPermissions) {

  public SyncReport {
    people = List.copyOf(people);
    planned = List.copyOf(planned);
    warnings = List.copyOf(warnings);
    missingPermissions = missingPermissions == null ? List.of() : List.copyOf(missingPermissions);
  }

  /** A report that names no missing permission. */
  public SyncReport(
      String integration,
      String runId,
      boolean dryRun,
      Counts counts,
      List<PersonResult> people,
      List<PlannedAction> planned,
      Calls calls,
      Duration took,
      List<String> warnings,
      String error) {
    this(
        integration,
        runId,
        dryRun,
        counts,
        people,
        planned,
        calls,
        took,
        warnings,
        error,
        List.of());
  }

  public boolean failed() {
    return error != null;
  }

  /** How many people ended each way. */
  public record Counts(
      int created,
      int updated,
      int linked,
      int unchanged,
      int waiting,
      int skipped,
      int frozen,
      int failed) {

    static Counts of(List<PersonResult> results) {
      int[] c = new int[8];
      for (PersonResult r : results) {
        switch (r.status()) {
          case SYNCED ->
              c[
                  switch (r.action()) {
                    case CREATED -> 0;
                    case UPDATED -> 1;
                    case LINKED -> 2;
                    case NONE -> 3;
                  }]++;
          case WAITING -> c[4]++;
          case SKIPPED -> c[5]++;
          case FROZEN -> c[6]++;
          case FAILED -> c[7]++;
        }
      }
      return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    public int total() {
      return created + updated + linked + unchanged + waiting + skipped + frozen + failed;
    }
  }

  /** Requests sent to each API, retries included. */
  public record Calls(int hibob, int remoteReads, int remoteWrites, int rateLimited) {
    public int remote() {
      return remoteReads + remoteWrites;
    }
  }

  /** One line of a dry run's plan. */
  public record PlannedAction(
      String hibobId,
      String name,
      String action,
      Set<String> fields,
      Reason reason,
      String message) {

    static PlannedAction of(PlanItem item) {
      Person p = item.person();
      if (item instanceof PlanItem.Create c) {
        return new PlannedAction(
            p.hibobId(), p.displayName(), "create", labels(c.fields()), null, null);
      }
      if (item instanceof PlanItem.Update u) {
        return new PlannedAction(
            p.hibobId(),
            p.displayName(),
            u.newLink() ? "link and update" : "update",
            labels(u.fields()),
            u.notes().isEmpty() ? null : u.notes().get(0).reason(),
            u.notes().isEmpty() ? null : u.notes().get(0).message());
      }
      if (item instanceof PlanItem.Unchanged same) {
        return new PlannedAction(
            p.hibobId(),
            p.displayName(),
            same.newLink() ? "link" : "nothing",
            Set.of(),
            same.notes().isEmpty() ? null : same.notes().get(0).reason(),
            same.notes().isEmpty() ? null : same.notes().get(0).message());
      }
      PlanItem.Hold h = (PlanItem.Hold) item;
      return new PlannedAction(
          p.hibobId(),
          p.displayName(),
          h.reason().status().code(),
          Set.of(),
          h.reason(),
          h.message());
    }

    private static Set<String> labels(Set<Field> fields) {
      Set<String> labels = new LinkedHashSet<>();
      fields.forEach(f -> labels.add(f.label()));
      return labels;
    }
  }
}
