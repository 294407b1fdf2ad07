package dev.bobsync.compensation;

import dev.bobsync.hibob.HibobTables;
import dev.bobsync.hibob.SalaryRow;
import dev.bobsync.http.ApiAuthException;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRejectedException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The salary tables of one export. Everyone's are read up front, 200 people a call through HiBob's
 * bulk reads (50,000 people: 250 calls, five minutes at HiBob's 50 a minute); where HiBob has no
 * bulk reads, or only one person's table is wanted, each is read alone. The first refusal of the
 * whole table (no "View history" on Payroll) or outage stops the reads; the report says so.
 */
final class SalaryTableReads {
  private final HibobTables tables;
  private final int total;
  private final CompensationReader.Progress progress;
  private Map<String, List<SalaryRow>> bulk;
  private final Map<String, String> refused = new HashMap<>();
  private int done;

  /** Whether the service user may not see the table at all. */
  boolean hidden;

  /** Why reads stopped, for the report: names the call. */
  String stopped;

  /** The same for a row's notes: no ids, which an anonymous export must not show. */
  private String stoppedNote;

  SalaryTableReads(HibobTables tables, int total, CompensationReader.Progress progress) {
    this.tables = tables;
    this.total = total;
    this.progress = progress;
  }

  /**
   * Reads everyone's tables a page at a time. Where HiBob does not know bulk reads (404, or not its
   * JSON), nothing is kept and {@link #of} reads each person alone instead.
   */
  void readAllInBulk() {
    Map<String, List<SalaryRow>> read = new HashMap<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    try {
      do {
        HibobTables.SalaryPage page = tables.salariesInBulk(cursor);
        read.putAll(page.rows());
        refused.putAll(page.refused());
        bulk = read;
        done = Math.min(total, read.size() + refused.size());
        told();
        boolean empty = page.rows().isEmpty() && page.refused().isEmpty();
        // a cursor seen before, or an empty page, would never end
        cursor = empty ? null : page.nextCursor();
      } while (cursor != null && cursors.add(cursor));
      hidden = read.isEmpty() && refused.containsValue("MISSING_PERMISSION");
    } catch (ApiRejectedException | ApiProtocolException noBulkReads) {
      if (bulk == null) {
        return;
      }
      stop(noBulkReads);
    } catch (ApiAuthException e) {
      // refused from the first page: the table is hidden; later, what was read is kept
      hidden = read.isEmpty();
      bulk = read;
      if (!hidden) {
        stop(e);
      }
    } catch (ApiException e) {
      bulk = read;
      stop(e);
    }
  }

  /** One person's rows, or null (with a note where it says something) when not read. */
  List<SalaryRow> of(String hibobId, List<String> notes) {
    if (hidden) {
      return null;
    }
    if (bulk != null) {
      // each person's rows are handed out once, so the map shrinks as the export is built
      List<SalaryRow> rows = bulk.remove(hibobId);
      if (rows != null) {
        return rows;
      }
      if (refused.containsKey(hibobId)) {
        notes.add("salary history not visible to bobsync (HiBob: " + refused.get(hibobId) + ")");
      } else if (stoppedNote != null) {
        notes.add(stoppedNote);
      } else {
        notes.add("salary history not in HiBob's answer (hired since the export began?)");
      }
      return null;
    }
    if (stopped != null) {
      notes.add(stoppedNote);
      return null;
    }
    try {
      return tables.salaries(hibobId);
    } catch (ApiAuthException e) {
      hidden = true;
      return null;
    } catch (ApiRejectedException e) {
      notes.add("salary history could not be read (HiBob answered HTTP " + e.status() + ")");
      return null;
    } catch (ApiException e) {
      stop(e);
      notes.add(stoppedNote);
      return null;
    } finally {
      done++;
      told();
    }
  }

  private void stop(ApiException e) {
    stopped = e.getMessage();
    stoppedNote =
        "salary history not read: HiBob stopped answering"
            + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "");
  }

  private void told() {
    if (progress != null) {
      progress.historyRead(done, total);
    }
  }
}
