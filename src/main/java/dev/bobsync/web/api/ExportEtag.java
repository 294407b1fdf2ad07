package dev.bobsync.web.api;

import dev.bobsync.compensation.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entity tag of an export: a digest of its content, so that a scheduled pull of unchanged data
 * answers 304. An XLSX file is a zip whose entry times and document properties change at every
 * write, so its digest covers the sheets' content only.
 */
final class ExportEtag {
  private ExportEtag() {}

  static String of(Format format, byte[] file) {
    MessageDigest digest = sha256();
    if (format.extension().equals("xlsx")) {
      // ZipInputStream cannot read entries whose sizes follow their data; ZipFile can
      Path copy = null;
      try {
        copy = Files.createTempFile("bobsync-export", ".xlsx");
        Files.write(copy, file);
        try (ZipFile zip = new ZipFile(copy.toFile())) {
          List<? extends ZipEntry> entries =
              zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            if (e.getName().startsWith("docProps/")) {
              continue;
            }
            digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = zip.getInputStream(e)) {
              digest.update(in.readAllBytes());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the XLSX export back", e);
      } finally {
        if (copy != null) {
          copy.toFile().delete();
        }
      }
    } else {
      digest.update(file);
    }
    return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
  }

  /** Whether an {@code If-None-Match} header names this tag (or is {@code *}). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
