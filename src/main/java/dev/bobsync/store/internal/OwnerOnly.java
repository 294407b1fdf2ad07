package dev.bobsync.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data directory private: the directory 0700, the database's files 0600, whatever the
 * process's umask (the database file holds names, e-mails and encrypted credentials).
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates {@code dir} if missing, and makes it 0700. */
  public static void directory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    }
  }

  /** Makes every file in {@code dir} whose name starts with {@code prefix} 0600. */
  public static void files(Path dir, String prefix) throws IOException {
    if (!posix(dir) || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          Files.setPosixFilePermissions(f, FILE);
        }
      }
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
