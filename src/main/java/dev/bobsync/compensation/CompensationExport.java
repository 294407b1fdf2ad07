package dev.bobsync.compensation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import dev.bobsync.connect.Clients;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.Json;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.SyncRun;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The compensation export of an integration (rules V1-V5): the dataset, its files, the permission
 * check and the field catalogue. What the CLI, the admin page and the REST API call.
 */
public final class CompensationExport {
  /** The kind of the runs exports are recorded as. */
  public static final String RUN_KIND = "compensation";

  private final Store store;
  private final Clients clients;
  private final Clock clock;
  private final CompensationSettings settings;
  private final ObjectMapper json = Json.newMapper();

  public CompensationExport(Store store, Clients clients, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = new CompensationSettings(store);
  }

  /** The profiles of integrations: read and save. */
  public CompensationSettings settings() {
    return settings;
  }

  /**
   * Reads everyone from HiBob: anonymous when asked or when the profile is anonymous; salary tables
   * per {@code history} and only when the profile has salary history on. For the admin page's
   * figures: {@code CompensationInsights.of(dataset(i, true, History.NONE, null), 12)}, and the
   * dataset's report for what is missing.
   */
  public Dataset dataset(
      Integration integration,
      boolean anonymous,
      CompensationReader.History history,
      CompensationReader.Progress progress) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(history, "history");
    CompensationProfile profile = settings.read(integration);
    return reader(integration).read(profile, anonymous || profile.anonymous(), history, progress);
  }

  /** The admin page's figures, read without salary tables or names (see {@link Insights}). */
  public Insights insights(Integration integration, int months) {
    return CompensationInsights.of(
        dataset(integration, true, CompensationReader.History.NONE, null), months);
  }

  /** HiBob's field metadata, for choosing custom fields. */
  public List<FieldMeta> fields(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return hibob(integration).fields();
  }

  /**
   * Reads HiBob and writes the export to {@code out} (not closed). Nothing is written when HiBob
   * refuses the credentials or cannot be reached; the result's report says why. Recorded as a run.
   */
  public ExportResult write(
      Integration integration, Format format, OutputStream out, boolean anonymous) {
    return write(integration, format, out, anonymous, null);
  }

  /** {@link #write(Integration, Format, OutputStream, boolean)}, telling how far it is. */
  public ExportResult write(
      Integration integration,
      Format format,
      OutputStream out,
      boolean anonymous,
      CompensationReader.Progress progress) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    SyncRun run = store.runs().start(integration.id(), RUN_KIND, "export", null);
    Dataset dataset;
    try {
      dataset = dataset(integration, anonymous, CompensationReader.History.ALL, progress);
      if (!dataset.report().connected()) {
        finish(run, "failed", dataset, format, dataset.report().problem());
        return ExportResult.of(dataset, false);
      }
      format.writer().write(dataset, out);
    } catch (IOException e) {
      String error =
          "writing the compensation export of \"" + integration.name() + "\" failed: " + e;
      store.runs().finish(run.id(), "failed", null, 0, 0, error);
      throw new BobsyncException(error, e);
    } catch (RuntimeException e) {
      store.runs().finish(run.id(), "failed", null, 0, 0, String.valueOf(e.getMessage()));
      throw e;
    }
    finish(run, dataset.rowsWithNotes() > 0 ? "partial" : "succeeded", dataset, format, null);
    return ExportResult.of(dataset, true);
  }

  /**
   * The permission check of the export (rules C1, V4): what is missing, in the guide's words. Reads
   * one person's salary table when salary history is on, to see whether it is visible.
   */
  public CompensationReport check(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return dataset(integration, false, CompensationReader.History.PROBE, null).report();
  }

  /** Every HiBob field, whether the service user sees it, and what to tick if not (rule V5). */
  public FieldCatalogue.Result catalogue(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return new FieldCatalogue(hibob(integration)).read(settings.read(integration));
  }

  private CompensationReader reader(Integration integration) {
    return new CompensationReader(
        hibob(integration),
        Pseudonyms.of(store.fingerprints().of(integration.id())),
        LocalDate.now(clock));
  }

  private HibobClient hibob(Integration integration) {
    Credentials creds = store.integrations().credentials(integration.id());
    return clients.hibob(
        integration.id(),
        integration.name(),
        integration.hibobUrl(),
        creds.hibobServiceUserId(),
        creds.hibobToken(),
        HibobClient.REQUESTS_PER_MINUTE);
  }

  private void finish(SyncRun run, String outcome, Dataset d, Format format, String error) {
    String counts;
    try {
      counts =
          json.writeValueAsString(
              Map.of(
                  "people", d.rows().size(),
                  "leavers", d.leavers(),
                  "withNotes", d.rowsWithNotes(),
                  "format", format.name().toLowerCase(Locale.ROOT),
                  "anonymous", d.anonymous()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write run counts", e);
    }
    store.runs().finish(run.id(), outcome, counts, d.report().hibobCalls(), 0, error);
  }
}
