package dev.bobsync.sync.status;

import dev.bobsync.hibob.AccessReport;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.ApiAuthException;
import dev.bobsync.http.ApiException;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.sync.HibobWrite;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection check's part for the "Remote status" write-back, when it is on: the field is found
 * or created (as "Sync to Remote" is, R1), and the Edit permission writing it needs is named in
 * HiBob's words: as missing once HiBob refused a write, as information before.
 */
public final class RemoteStatusCheck {
  private RemoteStatusCheck() {}

  /** The report with this part added; {@code report} itself when the write-back is off. */
  public static ConnectionReport addTo(
      ConnectionReport report, StatusSettings settings, HibobClient hibob) {
    if (!settings.enabled() || !report.passed()) {
      return report;
    }
    List<HibobWrite> writes = new ArrayList<>(report.setupWrites());
    List<String> missing = new ArrayList<>(report.setupMissing());
    try {
      if (RemoteStatusField.find(report.hibob().metadata()).isEmpty()
          && RemoteStatusField.find(hibob.fields()).isEmpty()) {
        String id = RemoteStatusField.create(hibob);
        writes.add(
            new HibobWrite(
                "create_field",
                "Created the \"" + RemoteStatusField.NAME + "\" field in HiBob's Work section.",
                RemoteStatusField.NAME,
                "{\"fieldId\":\"" + id + "\",\"name\":\"Remote status\",\"section\":\"work\"}"));
      }
    } catch (ApiAuthException e) {
      missing.add(RemoteStatusField.CREATE_PERMISSION);
    } catch (ApiException e) {
      // the check reports HiBob's other troubles itself; the writer retries after the next run
    }
    boolean refused =
        settings.problem() != null
            && settings.problem().contains(RemoteStatusField.EDIT_PERMISSION);
    List<AccessReport.Finding> findings = new ArrayList<>(report.hibob().findings());
    if (refused) {
      missing.add(RemoteStatusField.EDIT_PERMISSION);
    } else {
      findings.add(
          new AccessReport.Finding(
              AccessReport.Severity.INFO,
              null,
              "the \"" + RemoteStatusField.NAME + "\" field",
              "Writing the \""
                  + RemoteStatusField.NAME
                  + "\" field is on: the service user's permission group needs "
                  + RemoteStatusField.EDIT_PERMISSION
                  + "."));
    }
    AccessReport h = report.hibob();
    return new ConnectionReport(
        new AccessReport(
            h.outcome(),
            h.problem(),
            findings,
            h.hidden(),
            h.employees(),
            h.leavers(),
            h.metadata()),
        report.remoteProblem(),
        report.settings(),
        writes,
        missing.stream().distinct().toList());
  }
}
