package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.NewIntegration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import dev.bobsync.sync.status.RemoteStatusCheck;
import dev.bobsync.sync.status.StatusSettingsStore;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Adding and checking a HiBob -> Remote integration (rules C1, C2, R1): credentials are checked at
 * once, and ones HiBob refuses are not stored unless the caller insists.
 */
public final class IntegrationSetup {
  /** What an admin enters to connect. Tokens never leave this record except to the vendors. */
  public record Request(
      String name,
      String hibobUrl,
      String hibobUser,
      String hibobToken,
      String remoteUrl,
      String remoteToken,
      Duration interval,
      Map<String, String> legalEntities,
      int remotePerMinute) {

    public Request {
      Objects.requireNonNull(name, "name");
      legalEntities = legalEntities == null ? Map.of() : Map.copyOf(legalEntities);
      interval = interval == null ? Duration.ofMinutes(60) : interval;
    }

    @Override
    public String toString() {
      return "Request["
          + name
          + ", hibob "
          + hibobUrl
          + " as "
          + hibobUser
          + ", remote "
          + remoteUrl
          + "]";
    }
  }

  /** The check's answer, and the stored integration when it was saved. */
  public record Added(ConnectionReport report, Integration integration) {
    public boolean saved() {
      return integration != null;
    }

    /** Stored on purpose although its check failed. */
    public boolean savedAnyway() {
      return saved() && !report.passed();
    }
  }

  private final Store store;
  private final Clients clients;
  private final ObjectMapper json = Json.newMapper();
  private final SettingsDocument settingsDoc = new SettingsDocument(json);

  public IntegrationSetup(Store store, Clients clients) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
  }

  /**
   * Checks the connection and stores the integration when the check passed (rule C1: connected,
   * perhaps with permissions missing). One that failed (refused credentials on either side, an
   * address that is not the API, an unreachable host) is stored only when {@code saveAnyway}.
   */
  public Added add(String workspaceId, Request r, boolean saveAnyway) {
    ConnectionReport report = check(workspaceId, r);
    if (!report.passed() && !saveAnyway) {
      return new Added(report, null);
    }
    if (!r.legalEntities().isEmpty() && report.settings().remoteLegalEntities() != null) {
      // An id Remote does not know is refused now, not at the first Global Payroll hire.
      RemoteCompany.checkChoices(report.settings(), report.settings().legalEntities());
    }
    String doc = settingsDoc.withSection(null, RemoteSettings.SECTION, report.settings());
    Integration created =
        store
            .integrations()
            .create(
                workspaceId,
                new NewIntegration(
                    r.name(),
                    r.hibobUrl(),
                    r.remoteUrl(),
                    new Credentials(r.hibobUser(), r.hibobToken(), r.remoteToken()),
                    r.interval(),
                    doc));
    store.integrations().recordCheck(created.id(), checkJson(report));
    audit(created.id(), report);
    return new Added(report, store.integrations().byId(created.id()).orElseThrow());
  }

  /**
   * Checks what an admin entered without storing anything (rule C1). Connecting may create the
   * "Sync to Remote" field in HiBob (rule R1).
   */
  public ConnectionReport check(String workspaceId, Request r) {
    RemoteSettings settings =
        RemoteSettings.defaults()
            .withLegalEntities(RemoteSettings.byAlpha3(r.legalEntities()))
            .withRateLimits(r.remotePerMinute(), 0);
    String budget = "check:" + workspaceId + ":" + r.name();
    return RemoteConnectionCheck.run(
        clients.hibob(
            budget,
            r.name(),
            r.hibobUrl(),
            r.hibobUser(),
            r.hibobToken(),
            settings.hibobPerMinute()),
        r.remoteUrl() == null
            ? null
            : clients.remote(
                budget, r.name(), r.remoteUrl(), r.remoteToken(), settings.remotePerMinute()),
        settings);
  }

  /** Re-runs the check of a stored integration and records its result. */
  public ConnectionReport check(Integration integration) {
    RemoteSettings settings =
        settingsDoc.section(
            integration.settingsJson(),
            RemoteSettings.SECTION,
            RemoteSettings.class,
            RemoteSettings.defaults());
    Credentials creds = store.integrations().credentials(integration.id());
    HibobClient hibob = clients.hibob(integration, creds, settings.hibobPerMinute());
    RemoteClient remote =
        clients.remote(integration, creds, settings.remotePerMinute()).orElse(null);
    ConnectionReport report =
        RemoteStatusCheck.addTo(
            RemoteConnectionCheck.run(hibob, remote, settings),
            new StatusSettingsStore(store).read(integration),
            hibob);
    if (!report.settings().equals(settings)) {
      store
          .integrations()
          .updateSettings(
              integration.id(),
              settingsDoc.withSection(
                  integration.settingsJson(), RemoteSettings.SECTION, report.settings()));
    }
    store.integrations().recordCheck(integration.id(), checkJson(report));
    audit(integration.id(), report);
    return report;
  }

  /** Records what the check wrote to HiBob in the integration's audit log. */
  private void audit(String integrationId, ConnectionReport report) {
    report
        .setupWrites()
        .forEach(w -> store.audit().record(w.audit(integrationId, null, "bobsync (connect)")));
  }

  /** The check as stored and shown later: no credentials in it. */
  public String checkJson(ConnectionReport report) {
    ObjectNode node = json.createObjectNode();
    node.put("outcome", report.outcome().name());
    node.put("headline", report.headline());
    node.put("problem", report.hibob().problem());
    node.put("remoteProblem", report.remoteProblem());
    node.put("employees", report.hibob().employees());
    node.put("leavers", report.hibob().leavers());
    node.set("permissionsToAdd", json.valueToTree(report.permissionsToAdd()));
    node.set("findings", json.valueToTree(report.hibob().findings()));
    node.set("setupDone", json.valueToTree(report.setupDone()));
    return node.toString();
  }
}
