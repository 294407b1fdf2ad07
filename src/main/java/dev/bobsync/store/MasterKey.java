package dev.bobsync.store;

import dev.bobsync.store.internal.KeyFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** The key that encrypts integration credentials at rest. It is never printed. */
public final class MasterKey {
  /** The environment variable that holds the key as base64. */
  public static final String ENV = "BOBSYNC_MASTER_KEY";

  /** The name of the key file in the data directory, used when {@link #ENV} is unset. */
  public static final String FILE_NAME = "master.key";

  static final int LENGTH = 32;

  private final byte[] bytes;
  private final String source;
  private final Path file;

  private MasterKey(byte[] bytes, String source, Path file) {
    this.bytes = bytes;
    this.source = source;
    this.file = file;
  }

  /** Decodes the base64 of 32 bytes; {@code source} names where it came from, for errors. */
  public static MasterKey fromBase64(String base64, String source) {
    Objects.requireNonNull(base64, "base64");
    Objects.requireNonNull(source, "source");
    return new MasterKey(decode(base64, source), source, null);
  }

  /** Reads the key file, first creating it with a new random key and permissions 0600. */
  public static MasterKey fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    String source = "master key file " + file.toAbsolutePath();
    return new MasterKey(decode(KeyFile.readOrCreate(file, LENGTH), source), source, file);
  }

  /** A new random key, held in memory only. */
  public static MasterKey generate() {
    byte[] bytes = new byte[LENGTH];
    new SecureRandom().nextBytes(bytes);
    return new MasterKey(bytes, "generated key", null);
  }

  /** Where the key came from: the environment variable or the key file. */
  public String source() {
    return source;
  }

  /** The key file, when the key was read from one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "MasterKey[" + source + "]";
  }

  private static byte[] decode(String base64, String source) {
    String hint = "; expected the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`";
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new StoreException(source + " is not valid base64" + hint);
    }
    if (decoded.length != LENGTH) {
      throw new StoreException(source + " decodes to " + decoded.length + " bytes" + hint);
    }
    return decoded;
  }
}
