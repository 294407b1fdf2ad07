package dev.bobsync.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC signatures of webhook bodies, as HiBob (SHA-512, Base64) and Remote (SHA-256, hex) send
 * them.
 */
public final class Hmac {
  private Hmac() {}

  /** HiBob's {@code Bob-Signature}: Base64(HMAC-SHA512(secret, raw body)). */
  public static String hibobSignature(String secret, byte[] body) {
    return Base64.getEncoder().encodeToString(mac("HmacSHA512", secret, body));
  }

  /** Remote's {@code X-Remote-Signature}: hex(HMAC-SHA256(key, raw body + ":" + timestamp)). */
  public static String remoteSignature(String signingKey, byte[] body, String timestamp) {
    byte[] suffix = (":" + timestamp).getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[body.length + suffix.length];
    System.arraycopy(body, 0, signed, 0, body.length);
    System.arraycopy(suffix, 0, signed, body.length, suffix.length);
    return HexFormat.of().formatHex(mac("HmacSHA256", signingKey, signed));
  }

  /** Compares two signatures in constant time; {@code null} never matches. */
  public static boolean matches(String expected, String received) {
    if (expected == null || received == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        received.trim().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(String algorithm, String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available in this JVM", e);
    }
  }
}
