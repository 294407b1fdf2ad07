package dev.bobsync.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads exports back the way their consumers would. */
final class ExportFiles {
  private ExportFiles() {}

  /** An RFC 4180 reader, strict about CRLF record ends: header name to value, per record. */
  static List<Map<String, String>> csv(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          char q = s.charAt(i++);
          if (q == '"') {
            if (i < s.length() && s.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (s.charAt(i + 1) != '\n') {
          throw new AssertionError("CR without LF at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\n') {
        throw new AssertionError("bare LF outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!record.isEmpty() || !field.isEmpty()) {
      throw new AssertionError("the last record does not end with CRLF");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() != header.size()) {
        throw new AssertionError("record has " + r.size() + " fields, header " + header.size());
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int k = 0; k < header.size(); k++) {
        m.put(header.get(k), r.get(k));
      }
      rows.add(m);
    }
    return rows;
  }

  static List<String> csvHeader(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return List.of(s.substring(0, s.indexOf("\r\n")).split(","));
  }

  static List<JsonNode> jsonLines(byte[] bytes) {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      try {
        rows.add(Json.newMapper().readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** The rows of one sheet of a workbook. */
  static List<Row> xlsx(byte[] bytes, String sheet) {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      return wb.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet)).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> sheetNames(byte[] bytes) {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      return wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every entry of a zip (an XLSX file) unpacked, one after the other, with XML character
   * references decoded (fastexcel writes "佐藤" as "&#x4f50;&#x85e4;"): what a scan must read.
   */
  static String unzippedText(byte[] zip) {
    return decodeXml(new String(unzipped(zip), StandardCharsets.UTF_8));
  }

  static String decodeXml(String xml) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Every entry of a zip unpacked, one after the other. */
  static byte[] unzipped(byte[] zip) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      Path file = Files.createTempFile("bobsync-test-", ".zip");
      try {
        Files.write(file, zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
          List<? extends ZipEntry> entries = z.stream().toList();
          if (entries.isEmpty()) {
            throw new AssertionError("an empty zip file");
          }
          for (ZipEntry e : entries) {
            all.write(e.getName().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = z.getInputStream(e)) {
              in.transferTo(all);
            }
          }
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toByteArray();
  }
}
