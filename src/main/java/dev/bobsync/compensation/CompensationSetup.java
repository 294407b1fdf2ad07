package dev.bobsync.compensation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.NewIntegration;
import dev.bobsync.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Connects HiBob for the compensation export only (no Remote): checks the service user at once
 * (rules C1, V4) and stores the integration unless HiBob refused it and the caller did not insist.
 */
public final class CompensationSetup {
  /** What an admin enters; the token never leaves this record except to HiBob. */
  public record Request(String name, String hibobUrl, String hibobUser, String hibobToken) {
    public Request {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(hibobUrl, "hibobUrl");
      Objects.requireNonNull(hibobUser, "hibobUser");
      Objects.requireNonNull(hibobToken, "hibobToken");
    }

    @Override
    public String toString() {
      return "Request[" + name + ", hibob " + hibobUrl + " as " + hibobUser + "]";
    }
  }

  /** The check, and the stored integration when it was saved. */
  public record Connected(CompensationReport report, Integration integration) {
    public boolean saved() {
      return integration != null;
    }
  }

  /** The sync interval of an integration without Remote: it has nothing to sync on a schedule. */
  static final Duration NO_SYNC_INTERVAL = Duration.ZERO;

  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final ObjectMapper json = Json.newMapper();

  public CompensationSetup(Store store, Clients clients, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Checks the credentials with {@code profile} and stores a compensation-only integration. */
  public Connected connect(
      String workspaceId, Request r, CompensationProfile profile, boolean saveAnyway) {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(profile, "profile");
    HibobClient hibob =
        clients.hibob(
            "check:" + workspaceId + ":" + r.name(),
            r.name(),
            r.hibobUrl(),
            r.hibobUser(),
            r.hibobToken(),
            HibobClient.REQUESTS_PER_MINUTE);
    CompensationReport report =
        new CompensationReader(hibob, id -> "unsaved", LocalDate.now(clock))
            .read(profile, profile.anonymous(), CompensationReader.History.PROBE, null)
            .report();
    boolean failed = report.outcome() != Outcome.OK && report.outcome() != Outcome.INCOMPLETE;
    if (failed && !saveAnyway) {
      return new Connected(report, null);
    }
    Integration created =
        store
            .integrations()
            .create(
                workspaceId,
                new NewIntegration(
                    r.name(),
                    r.hibobUrl(),
                    null,
                    new Credentials(r.hibobUser(), r.hibobToken(), null),
                    NO_SYNC_INTERVAL,
                    new CompensationSettings(store).newDocument(profile)));
    record(created, report);
    return new Connected(report, store.integrations().byId(created.id()).orElseThrow());
  }

  /** Stores a check as the integration's last one (no credentials in it). */
  public void record(Integration integration, CompensationReport report) {
    Objects.requireNonNull(integration, "integration");
    store.integrations().recordCheck(integration.id(), checkJson(report));
  }

  /** The check as stored and shown later. */
  public String checkJson(CompensationReport report) {
    Objects.requireNonNull(report, "report");
    ObjectNode node = json.createObjectNode();
    node.put("outcome", report.outcome().name());
    node.put("problem", report.problem());
    node.put("employees", report.employees());
    node.put("leavers", report.leavers());
    node.set("permissionsToAdd", json.valueToTree(report.permissionsToAdd()));
    node.set("diagnostics", json.valueToTree(report.diagnostics()));
    return node.toString();
  }
}
