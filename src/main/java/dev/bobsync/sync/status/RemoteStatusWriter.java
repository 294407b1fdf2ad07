package dev.bobsync.sync.status;

import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.ApiAuthException;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiUnavailableException;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.RunListener;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a run, writes each person's status and reason in words to the "Remote status" field in
 * HiBob, when the integration has it switched on: only where the words changed since bobsync last
 * wrote them, at most {@link #WRITES_PER_MINUTE} a minute and what fits in a quarter of the
 * integration's interval per run (the rest wait for the next run). HiBob refusing (403) or limiting
 * (429, after retries) stops the writes of this run and is logged with its reason; the run's
 * outcome is never touched.
 */
public final class RemoteStatusWriter implements RunListener {
  private static final Logger LOG = LoggerFactory.getLogger(RemoteStatusWriter.class);

  /** HiBob publishes no limit for employee updates; 10 a minute stays well inside any. */
  public static final int WRITES_PER_MINUTE = 10;

  /**
   * Writes per run: what fits in a quarter of the integration's interval (at least two minutes'
   * worth), so that a first fill of a large company spreads over several runs instead of holding
   * one for hours.
   */
  static int writesPerRun(Integration integration) {
    long minutes = integration.syncInterval() == null ? 0 : integration.syncInterval().toMinutes();
    return (int) Math.max(2L * WRITES_PER_MINUTE, minutes / 4 * WRITES_PER_MINUTE);
  }

  /** What one round of writes did. */
  public record Outcome(int written, int unchanged, int left, String problem) {}

  private final Store store;
  private final Clients clients;
  private final StatusSettingsStore settings;

  public RemoteStatusWriter(Store store, Clients clients) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.settings = new StatusSettingsStore(store);
  }

  @Override
  public void afterRun(Integration integration, SyncOptions options, IntegrationSync.Report r) {
    if (r.people() == null || r.people().failed()) {
      return;
    }
    Integration fresh = store.integrations().byId(integration.id()).orElse(integration);
    if (settings.read(fresh).enabled()) {
      write(fresh, r.people().runId());
    }
  }

  /** Writes what changed now (also the CLI's and the page's "write now"). */
  public Outcome write(Integration integration, String runId) {
    StatusSettings current = settings.read(integration);
    Credentials creds = store.integrations().credentials(integration.id());
    HibobClient hibob =
        clients.hibob(
            integration.id() + "/status",
            integration.name(),
            integration.hibobUrl(),
            creds.hibobServiceUserId(),
            creds.hibobToken(),
            WRITES_PER_MINUTE);
    String fieldId;
    try {
      fieldId = fieldId(integration, hibob, current, runId);
    } catch (ApiException e) {
      String problem =
          e instanceof ApiAuthException auth && !auth.badCredentials()
              ? "HiBob refused to create the \""
                  + RemoteStatusField.NAME
                  + "\" field (HTTP "
                  + e.status()
                  + "). Add: "
                  + RemoteStatusField.CREATE_PERMISSION
              : "The \""
                  + RemoteStatusField.NAME
                  + "\" field could not be set up: "
                  + e.getMessage();
      return stop(integration, current, 0, 0, -1, problem);
    }
    Map<String, String> written = store.writtenStatuses().all(integration.id());
    List<PersonRecord> people = store.people().all(integration.id());
    int done = 0;
    int unchanged = 0;
    int perRun = writesPerRun(integration);
    for (int i = 0; i < people.size(); i++) {
      PersonRecord p = people.get(i);
      String text = words(p);
      if (text == null || text.equals(written.get(p.hibobId()))) {
        unchanged++;
        continue;
      }
      if (done >= perRun) {
        return stop(integration, current, done, unchanged, left(people, i, written), null);
      }
      try {
        hibob.updateEmployee(p.hibobId(), Map.of(fieldId, text));
      } catch (ApiAuthException e) {
        String problem =
            "HiBob refused to write the \""
                + RemoteStatusField.NAME
                + "\" field of "
                + p.displayName()
                + " (HTTP "
                + e.status()
                + "). Add: "
                + RemoteStatusField.EDIT_PERMISSION;
        return stop(integration, current, done, unchanged, left(people, i, written), problem);
      } catch (ApiUnavailableException e) {
        String problem =
            (e.status() == 429
                    ? "HiBob's limit on employee updates was reached"
                    : "HiBob did not take the \"" + RemoteStatusField.NAME + "\" field")
                + " while writing that of "
                + p.displayName()
                + " ("
                + e.getMessage()
                + "); the rest follow with the next run.";
        return stop(integration, current, done, unchanged, left(people, i, written), problem);
      } catch (ApiException e) {
        LOG.warn(
            "HiBob refused the \"{}\" field of {} in integration \"{}\": {}",
            RemoteStatusField.NAME,
            p.hibobId(),
            integration.name(),
            e.getMessage());
        continue;
      }
      store.writtenStatuses().record(integration.id(), p.hibobId(), text);
      store.audit().record(audit(integration, runId, p, written.get(p.hibobId()), text));
      done++;
    }
    return stop(integration, current, done, unchanged, 0, null);
  }

  private String fieldId(
      Integration integration, HibobClient hibob, StatusSettings current, String runId) {
    List<FieldMeta> metadata = hibob.fields();
    Optional<FieldMeta> found = RemoteStatusField.find(metadata);
    if (found.isPresent()) {
      if (!found.get().id().equals(current.fieldId())) {
        settings.save(integration.id(), current.withFieldId(found.get().id()));
      }
      return found.get().id();
    }
    String id = RemoteStatusField.create(hibob);
    settings.save(integration.id(), current.withFieldId(id));
    store
        .audit()
        .record(
            new AuditEntry(
                null,
                integration.id(),
                runId,
                null,
                "bobsync",
                "hibob",
                "create_field",
                null,
                null,
                List.of(RemoteStatusField.NAME),
                null,
                "{\"fieldId\":\"" + id + "\",\"name\":\"Remote status\",\"section\":\"work\"}"));
    return id;
  }

  private Outcome stop(
      Integration integration,
      StatusSettings before,
      int written,
      int unchanged,
      int left,
      String problem) {
    StatusSettings now = settings.read(store.integrations().byId(integration.id()).orElseThrow());
    if (!Objects.equals(now.problem(), problem)) {
      settings.save(integration.id(), now.withProblem(problem));
    }
    if (problem != null) {
      LOG.warn("Integration \"{}\": {}", integration.name(), problem);
    } else if (left > 0) {
      LOG.info(
          "Integration \"{}\": wrote {} \"{}\" fields; {} wait for the next run",
          integration.name(),
          written,
          RemoteStatusField.NAME,
          left);
    }
    return new Outcome(written, unchanged, Math.max(0, left), problem);
  }

  private static int left(List<PersonRecord> people, int from, Map<String, String> written) {
    int left = 0;
    for (int i = from; i < people.size(); i++) {
      String text = words(people.get(i));
      if (text != null && !text.equals(written.get(people.get(i).hibobId()))) {
        left++;
      }
    }
    return left;
  }

  /** The words for the field; {@code null} for a record bobsync cannot read (left alone). */
  static String words(PersonRecord p) {
    try {
      PersonStatus status = PersonStatus.fromCode(p.status());
      Reason reason = p.reasonCode() == null ? null : Reason.valueOf(p.reasonCode());
      return StatusWords.of(status, reason);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static AuditEntry audit(
      Integration integration, String runId, PersonRecord p, String before, String after) {
    return new AuditEntry(
        null,
        integration.id(),
        runId,
        null,
        "bobsync",
        "hibob",
        "write_remote_status",
        p.hibobId(),
        p.remoteId(),
        List.of(RemoteStatusField.NAME),
        before == null ? null : quote(before),
        quote(after));
  }

  private static String quote(String text) {
    return "{\"text\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString()
        + "}";
  }
}
