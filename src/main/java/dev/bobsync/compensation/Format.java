package dev.bobsync.compensation;

import java.util.Locale;

/** The export's file formats. */
public enum Format {
  /** RFC 4180: a header row, CRLF line ends, quotes where a value needs them; UTF-8. */
  CSV("text/csv; charset=utf-8", "csv"),
  /** A workbook for HR people: the people, the columns explained, the salary history. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** JSON lines for machines: one object per person, numbers as numbers, lists as arrays. */
  JSON("application/x-ndjson", "jsonl");

  private final String contentType;
  private final String extension;

  Format(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The HTTP content type of a download. */
  public String contentType() {
    return contentType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** "csv", "xlsx", "json" (or "jsonl"), ignoring case. */
  public static Format parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "csv" -> CSV;
      case "xlsx" -> XLSX;
      case "json", "jsonl", "ndjson" -> JSON;
      default ->
          throw new IllegalArgumentException(
              "the export format is csv, xlsx or json, not \"" + name + "\"");
    };
  }

  DatasetWriter writer() {
    return switch (this) {
      case CSV -> new CsvWriter();
      case XLSX -> new XlsxWriter();
      case JSON -> new JsonLinesWriter();
    };
  }
}
