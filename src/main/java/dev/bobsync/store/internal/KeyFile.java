package dev.bobsync.store.internal;

import dev.bobsync.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the master key file, creating it owner-only (0600) with a random key on first use. */
public final class KeyFile {
  private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeyFile() {}

  /**
   * The file's base64 content; a missing file is first created with {@code length} random bytes.
   */
  public static String readOrCreate(Path file, int length) {
    try {
      if (!Files.exists(file)) {
        create(file.toAbsolutePath(), length);
      }
      warnIfShared(file);
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StoreException("cannot read or create master key file " + file + ": " + e, e);
    }
  }

  // Writes a temporary owner-only file, then links it into place: a concurrent first run either
  // wins or finds a complete key file, never a half-written one, and an existing key is never
  // replaced.
  private static void create(Path file, int length) throws IOException {
    Path dir = file.getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[length];
    new SecureRandom().nextBytes(key);
    Path tmp = Files.createTempFile(dir, ".master-key-", ".tmp", ownerOnly(dir));
    try {
      Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n");
      linkOrMove(tmp, file);
      LOG.info("Created master key file {}; back it up", file);
    } catch (FileAlreadyExistsException raced) {
      LOG.debug("Master key file {} was created concurrently; using it", file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void linkOrMove(Path tmp, Path file) throws IOException {
    try {
      Files.createLink(file, tmp);
    } catch (UnsupportedOperationException noHardLinks) {
      Files.move(tmp, file); // fails, without replacing, if the file exists
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    if (!posix(dir)) {
      LOG.warn("File system has no POSIX permissions; protect the master key file yourself");
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
  }

  private static void warnIfShared(Path file) throws IOException {
    if (posix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
      LOG.warn("Master key file {} is readable by others; run: chmod 600 {}", file, file);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
