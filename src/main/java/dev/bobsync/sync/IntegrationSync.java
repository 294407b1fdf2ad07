package dev.bobsync.sync;

import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.sync.timeoff.TimeOffReport;
import dev.bobsync.sync.timeoff.TimeOffSync;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything an integration syncs to Remote, in order: the employee sync, then the time-off sync
 * (which books time off for the people the employee sync linked). The CLI, the web page and the
 * scheduler run an integration through this.
 */
public final class IntegrationSync {
  private static final Logger LOG = LoggerFactory.getLogger(IntegrationSync.class);

  /** A part of the sync that can run alone. */
  public enum Part {
    PEOPLE,
    TIMEOFF
  }

  /**
   * What each part did; a part that did not run is {@code null}.
   *
   * @param people the employee sync's report
   * @param timeOff the time-off sync's report
   */
  public record Report(SyncReport people, TimeOffReport timeOff) {
    /** Whether a part failed as a whole. */
    public boolean failed() {
      return people != null && people.failed() || timeOff != null && timeOff.failed();
    }
  }

  private final Store store;
  private final RemoteSync people;
  private final TimeOffSync timeOff;
  private final List<RunListener> listeners;

  public IntegrationSync(Store store, RemoteSync people, TimeOffSync timeOff) {
    this(store, people, timeOff, List.of());
  }

  /** Tells {@code listeners}, in order, of every run that is not a dry run. */
  public IntegrationSync(
      Store store, RemoteSync people, TimeOffSync timeOff, List<RunListener> listeners) {
    this.store = Objects.requireNonNull(store, "store");
    this.people = Objects.requireNonNull(people, "people");
    this.timeOff = Objects.requireNonNull(timeOff, "timeOff");
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Runs every part. A targeted run ({@link SyncOptions#only}, after a webhook) syncs just those
   * people, and their time off only when a time-off webhook asked for it ({@link
   * SyncOptions#withTimeOff}).
   */
  public Report run(Integration integration, SyncOptions options) {
    Objects.requireNonNull(options, "options");
    return run(
        integration,
        options,
        options.targeted() && !options.timeOff()
            ? EnumSet.of(Part.PEOPLE)
            : EnumSet.allOf(Part.class));
  }

  /** Runs the given parts, people first. */
  public Report run(Integration integration, SyncOptions options, Set<Part> parts) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(parts, "parts");
    SyncReport peopleReport = null;
    if (parts.contains(Part.PEOPLE)) {
      peopleReport = people.run(integration, options);
    }
    TimeOffReport timeOffReport = null;
    if (parts.contains(Part.TIMEOFF)) {
      // the employee sync may have changed the integration's settings
      Integration fresh = store.integrations().byId(integration.id()).orElse(integration);
      timeOffReport = timeOff.run(fresh, options);
    }
    Report report = new Report(peopleReport, timeOffReport);
    if (!options.dryRun()) {
      tell(integration, options, report);
    }
    return report;
  }

  private void tell(Integration integration, SyncOptions options, Report report) {
    for (RunListener listener : listeners) {
      try {
        listener.afterRun(integration, options, report);
      } catch (RuntimeException e) {
        LOG.warn(
            "After the run of integration \"{}\", {} failed: {}",
            integration.name(),
            listener.getClass().getSimpleName(),
            e.toString());
      }
    }
  }
}
