package dev.bobsync.compensation;

/**
 * What one export did.
 *
 * @param written whether the file was written; not when HiBob refused or could not be reached
 * @param rows people written, leavers included
 * @param rowsWithNotes people whose row has a note
 */
public record ExportResult(
    CompensationReport report,
    boolean written,
    boolean anonymous,
    int rows,
    long leavers,
    long rowsWithNotes) {

  static ExportResult of(Dataset d, boolean written) {
    return new ExportResult(
        d.report(), written, d.anonymous(), d.rows().size(), d.leavers(), d.rowsWithNotes());
  }
}
