package dev.bobsync.sync.timeoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.HibobTimeOff;
import dev.bobsync.http.Json;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.remote.RemoteTimeOff;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.RemoteSettings;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One time-off sync of one integration (rule R9): read HiBob's change feed from the stored
 * watermark, plan (pure), book and cancel in Remote request by request, record every outcome, move
 * the watermark on. Who gets time off comes from the employee sync's records, so it runs after it.
 */
public final class TimeOffSync {
  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final ObjectMapper json = Json.newMapper();
  private final SettingsDocument settingsDoc = new SettingsDocument(json);
  private Booker.CrashPoint crashPoint = (request, created) -> {};

  public TimeOffSync(Store store, Clients clients, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** For tests: stops a run between a create and its record, as a crash would. */
  void crashAfterBooking(Booker.CrashPoint point) {
    this.crashPoint = Objects.requireNonNull(point, "point");
  }

  /** Runs the sync; a failure of the whole run is in the report, never thrown. */
  public TimeOffReport run(Integration integration, SyncOptions options) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(options, "options");
    Instant started = clock.instant();
    Credentials creds = store.integrations().credentials(integration.id());
    if (integration.remoteUrl() == null || creds.remoteToken() == null) {
      throw new BobsyncException(
          "integration \"" + integration.name() + "\" has no Remote connection to sync to");
    }
    RemoteSettings budgets = budgets(integration);
    HibobClient hibob = hibob(integration, creds, budgets);
    RemoteClient remote =
        clients.remote(
            integration.id(),
            integration.name(),
            integration.remoteUrl(),
            creds.remoteToken(),
            budgets.remotePerMinute());
    SyncRun run =
        options.dryRun()
            ? null
            : store.runs().start(integration.id(), "timeoff", options.trigger(), options.node());
    TimeOffOutcomes outcomes =
        new TimeOffOutcomes(
            store,
            integration.id(),
            run == null ? null : run.id(),
            "bobsync (" + options.trigger() + ")",
            json,
            clock,
            options.dryRun());
    TimeOffRun session =
        new TimeOffRun(
            store,
            integration,
            settings(integration),
            new TimeOffReader(HibobTimeOff.of(hibob)),
            remote,
            clock,
            options.targeted() ? options.people() : Set.of());
    List<String> warnings;
    String error = null;
    try {
      warnings =
          options.dryRun()
              ? session.plan(outcomes::planned)
              : session.apply(
                  new Booker(
                      RemoteTimeOff.of(remote),
                      store.timeOff(),
                      integration.id(),
                      outcomes,
                      clock,
                      crashPoint),
                  run.id());
    } catch (BobsyncException e) {
      warnings = List.of();
      error = e.getMessage();
    }
    SyncReport.Calls calls =
        new SyncReport.Calls(
            hibob.api().stats().total(),
            remote.api().stats().reads(),
            remote.api().stats().writes(),
            hibob.api().stats().rateLimitedCount() + remote.api().stats().rateLimitedCount());
    List<RequestResult> results = error == null ? outcomes.reported() : List.of();
    Map<String, Integer> totals =
        options.dryRun() ? Map.of() : store.timeOff().countByStatus(integration.id());
    TimeOffReport report =
        new TimeOffReport(
            integration.name(),
            run == null ? null : run.id(),
            options.dryRun(),
            TimeOffReport.Counts.of(results),
            results,
            calls,
            Duration.between(started, clock.instant()),
            warnings,
            totals,
            error);
    if (run != null) {
      new TimeOffHistory(store, json).finish(run.id(), report);
    }
    return report;
  }

  /**
   * HiBob's policy types, each with the Remote type the settings map it to ({@code null} where
   * none), in HiBob's order. Asks HiBob.
   */
  public Map<String, String> policyTypes(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    Credentials creds = store.integrations().credentials(integration.id());
    HibobClient hibob = hibob(integration, creds, budgets(integration));
    TimeOffSettings settings = settings(integration);
    Map<String, String> types = new LinkedHashMap<>();
    HibobTimeOff.of(hibob)
        .policyTypes()
        .forEach(t -> types.put(t, settings.remoteType(t).orElse(null)));
    return types;
  }

  private HibobClient hibob(Integration integration, Credentials creds, RemoteSettings budgets) {
    return clients.hibob(
        integration.id(),
        integration.name(),
        integration.hibobUrl(),
        creds.hibobServiceUserId(),
        creds.hibobToken(),
        budgets.hibobPerMinute());
  }

  private RemoteSettings budgets(Integration integration) {
    return settingsDoc.section(
        integration.settingsJson(),
        RemoteSettings.SECTION,
        RemoteSettings.class,
        RemoteSettings.defaults());
  }

  /** The integration's time-off settings, or the defaults. */
  public TimeOffSettings settings(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return settingsDoc.section(
        integration.settingsJson(),
        TimeOffSettings.SECTION,
        TimeOffSettings.class,
        TimeOffSettings.defaults());
  }
}
