package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.forms.FormSchemas;
import dev.bobsync.sync.forms.Forms;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Plan;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Planner;
import dev.bobsync.sync.plan.RemoteView;
import dev.bobsync.sync.plan.Snapshot;
import dev.bobsync.sync.plan.SyncType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HiBob -> Remote sync of one integration: read HiBob once, read of Remote only what can have
 * changed, plan (pure), then apply person by person and record every outcome.
 */
public final class RemoteSync {
  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final ObjectMapper json = Json.newMapper();
  private final SettingsDocument settingsDoc = new SettingsDocument(json);
  private final LinkStates people;
  private final RunHistory history;
  private final ManagerCache managerCache;
  private Applier.CrashPoint crashPoint = (person, created) -> {};

  public RemoteSync(Store store, Clients clients, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.managerCache = new ManagerCache(clock);
    this.people = new LinkStates(store, json);
    this.history = new RunHistory(store, json);
  }

  /** For tests: stops a run between two steps of a create, as a crash would. */
  void crashAfterCreate(Applier.CrashPoint point) {
    this.crashPoint = Objects.requireNonNull(point, "point");
  }

  public SyncReport run(Integration integration, SyncOptions options) {
    Instant started = clock.instant();
    RemoteSettings settings = settings(integration);
    Credentials creds = store.integrations().credentials(integration.id());
    HibobClient hibob = clients.hibob(integration, creds, settings.hibobPerMinute());
    RemoteClient remote =
        clients
            .remote(integration, creds, settings.remotePerMinute())
            .orElseThrow(
                () ->
                    new BobsyncException(
                        "integration \""
                            + integration.name()
                            + "\" has no Remote connection to sync to"));
    SyncRun run =
        options.dryRun()
            ? null
            : store.runs().start(integration.id(), "remote", options.trigger(), options.node());
    Session session = new Session(integration, run, hibob, remote, options);
    try {
      return session.sync(settings, started);
    } catch (BobsyncException e) {
      return session.fail(e, started);
    }
  }

  private RemoteSettings settings(Integration integration) {
    return settingsDoc.section(
        integration.settingsJson(),
        RemoteSettings.SECTION,
        RemoteSettings.class,
        RemoteSettings.defaults());
  }

  /** The state of one run. */
  private final class Session {
    final Integration integration;
    final SyncRun run;
    final HibobClient hibob;
    final RemoteClient remote;
    final SyncOptions options;
    final Outcomes outcomes;
    String companyIdRead;
    List<String> missingPermissions = List.of();

    Session(
        Integration integration,
        SyncRun run,
        HibobClient hibob,
        RemoteClient remote,
        SyncOptions options) {
      this.integration = integration;
      this.run = run;
      this.hibob = hibob;
      this.remote = remote;
      this.options = options;
      this.outcomes =
          new Outcomes(
              store,
              integration.id(),
              run == null ? null : run.id(),
              "bobsync (" + options.trigger() + ")",
              json,
              clock);
    }

    SyncReport sync(RemoteSettings settings, Instant started) {
      List<FieldMeta> metadata = hibob.fields();
      RemoteSettings ready = ensureSyncField(settings, metadata);
      if (metadata.stream().noneMatch(f -> f.id().equals(ready.syncFieldId()))) {
        metadata = hibob.fields();
      }
      SnapshotReader.Read read =
          new SnapshotReader(hibob, clock).read(ready, metadata, options.people());
      Snapshot snapshot = read.snapshot();
      missingPermissions = snapshot.hidden().values().stream().distinct().sorted().toList();
      RemoteSettings known = knowRemoteCompany(ready, snapshot);
      LinkStates.Loaded loaded = people.load(integration.id());
      Map<String, LinkState> links = loaded.links();
      outcomes.remember(loaded.records());
      Planner planner =
          new Planner(
              clock,
              store.fingerprints().of(integration.id()),
              known::legalEntityFor,
              country -> LegalEntityChoice.whyNone(known, country, integration.name()));
      Plan blind = planner.plan(snapshot, RemoteView.partial(List.of(), java.util.Set.of()), links);
      RemoteReader reader = new RemoteReader(remote);
      RemoteView view =
          reader.read(
              RemoteReads.decide(blind, concerned(links), links, knownTotal(), options.targeted())
                  .alsoReading(changedInRemote(links)));
      reader.gone().forEach(id -> LinkStates.unlink(links, id));
      Plan plan = planner.plan(snapshot, view, links);
      if (options.dryRun()) {
        List<SyncReport.PlannedAction> planned = new ArrayList<>();
        plan.items().forEach(i -> planned.add(SyncReport.PlannedAction.of(i)));
        return report(List.of(), planned, read.warnings(), started, null, reader.total());
      }
      RemoteDirectory directory =
          new RemoteDirectory(
              remote,
              () ->
                  managerCache.get(
                      integration.id(),
                      options.targeted(),
                      () -> RemoteDirectory.readManagers(remote)),
              () -> companyId(known),
              outcomes::departmentCreated);
      Forms forms =
          new Forms(new FormSchemas(remote, store.formSchemas(), integration.id(), clock), json);
      Applier applier =
          new Applier(
              remote,
              reader,
              directory,
              new RemoteBodies(json),
              forms,
              planner,
              outcomes,
              crashPoint,
              options.targeted());
      List<PersonResult> results = new ArrayList<>();
      int total = plan.items().size();
      store.runs().progress(run.id(), 0, total);
      for (PlanItem item : plan.items()) {
        results.add(applier.apply(item, links.get(item.person().hibobId())));
        options.progress().update(results.size(), total);
        if (results.size() % 25 == 0 || results.size() == total) {
          store.runs().progress(run.id(), results.size(), total);
        }
      }
      people.forgetUnselected(integration.id(), snapshot, links);
      SyncReport report =
          report(results, List.of(), read.warnings(), started, null, reader.total());
      history.finish(run.id(), integration.id(), report, reader.total());
      return report;
    }

    /**
     * Lists Remote's legal entities once, when Global Payroll people are selected and the
     * integration has never seen them (integrations connected before bobsync discovered them).
     */
    private RemoteSettings knowRemoteCompany(RemoteSettings settings, Snapshot snapshot) {
      boolean payroll =
          snapshot.people().stream().anyMatch(p -> p.syncType() == SyncType.GLOBAL_PAYROLL);
      if (!payroll || settings.remoteLegalEntities() != null || options.dryRun()) {
        return settings;
      }
      RemoteSettings next = RemoteCompany.discover(remote, settings);
      saveSettings(next);
      return next;
    }

    /** The Remote company id, asked for once per integration and kept. */
    private String companyId(RemoteSettings settings) {
      if (companyIdRead != null) {
        return companyIdRead;
      }
      if (settings.companyId() != null) {
        return companyIdRead = settings.companyId();
      }
      companyIdRead = remote.companyId();
      saveSettings(settings.withRemoteCompany(companyIdRead, settings.remoteLegalEntities()));
      return companyIdRead;
    }

    private void saveSettings(RemoteSettings next) {
      Integration fresh = store.integrations().byId(integration.id()).orElse(integration);
      store
          .integrations()
          .updateSettings(
              integration.id(),
              settingsDoc.withSection(fresh.settingsJson(), RemoteSettings.SECTION, next));
    }

    /** The links whose Remote side this run may need to read: everyone's, or the targeted few. */
    private Map<String, LinkState> concerned(Map<String, LinkState> links) {
      if (!options.targeted()) {
        return links;
      }
      Map<String, LinkState> few = new HashMap<>();
      options
          .people()
          .forEach(id -> Optional.ofNullable(links.get(id)).ifPresent(l -> few.put(id, l)));
      return few;
    }

    /** The employments of the people Remote reported changed, when they are linked. */
    private java.util.Set<String> changedInRemote(Map<String, LinkState> links) {
      java.util.Set<String> ids = new java.util.LinkedHashSet<>();
      for (String hibobId : options.changedInRemote()) {
        LinkState link = links.get(hibobId);
        if (link != null && link.linked()) {
          ids.add(link.remoteId());
        }
      }
      return ids;
    }

    /** A targeted run never lists all of Remote: it reads only what concerns its people. */
    private int knownTotal() {
      int known = history.knownTotal(integration.id());
      return options.targeted() && known < 0 ? Integer.MAX_VALUE / 2 : known;
    }

    SyncReport fail(BobsyncException e, Instant started) {
      SyncReport report = report(List.of(), List.of(), List.of(), started, e.getMessage(), -1);
      if (run != null) {
        history.finish(run.id(), integration.id(), report, -1);
      }
      return report;
    }

    private RemoteSettings ensureSyncField(RemoteSettings settings, List<FieldMeta> metadata) {
      boolean known =
          settings.syncFieldId() != null
              && metadata.stream().anyMatch(f -> f.id().equals(settings.syncFieldId()));
      if (known || options.dryRun()) {
        return settings;
      }
      SyncFieldSetup.Result setup = new SyncFieldSetup(hibob).ensure(settings, metadata);
      String actor = "bobsync (" + options.trigger() + ")";
      setup
          .done()
          .forEach(
              w ->
                  store
                      .audit()
                      .record(w.audit(integration.id(), run == null ? null : run.id(), actor)));
      String doc =
          settingsDoc.withSection(
              integration.settingsJson(), RemoteSettings.SECTION, setup.settings());
      store.integrations().updateSettings(integration.id(), doc);
      return setup.settings();
    }

    private SyncReport report(
        List<PersonResult> results,
        List<SyncReport.PlannedAction> planned,
        List<String> warnings,
        Instant started,
        String error,
        int remoteTotal) {
      SyncReport.Calls calls =
          new SyncReport.Calls(
              hibob.api().stats().total(),
              remote.api().stats().reads(),
              remote.api().stats().writes(),
              hibob.api().stats().rateLimitedCount() + remote.api().stats().rateLimitedCount());
      return new SyncReport(
          integration.name(),
          run == null ? null : run.id(),
          options.dryRun(),
          SyncReport.Counts.of(results),
          results,
          planned,
          calls,
          Duration.between(started, clock.instant()),
          warnings,
          error,
          missingPermissions);
    }
  }
}
