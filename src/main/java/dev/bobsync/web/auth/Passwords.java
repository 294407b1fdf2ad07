package dev.bobsync.web.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** bcrypt password hashes: what the store keeps instead of passwords. */
public final class Passwords {
  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 10;

  private final int cost;

  /** {@code cost} is bcrypt's log2 work factor: 12 in production, lower only in tests. */
  public Passwords(int cost) {
    this.cost = cost;
  }

  public String hash(String password) {
    check(password);
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    if (password == null || hash == null) {
      return false;
    }
    return BCrypt.verifyer()
        .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
        .verified;
  }

  /** Throws a clear error for a password too short to keep. */
  public static void check(String password) {
    Objects.requireNonNull(password, "password");
    if (password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
    }
  }
}
