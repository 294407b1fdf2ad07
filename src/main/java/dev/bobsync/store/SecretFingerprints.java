package dev.bobsync.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed digests of secrets (SSNs), so the sync can tell whether one changed without storing it.
 * Keyed with a key derived from the master key: unlike a plain hash, a copy of the database alone
 * cannot be brute-forced back to the SSNs.
 */
public final class SecretFingerprints {
  private final byte[] key;

  SecretFingerprints(MasterKey masterKey) {
    this.key = hmac(masterKey.bytes(), "bobsync secret fingerprints v1");
  }

  /** The fingerprint function of one integration; equal secrets give equal fingerprints. */
  public UnaryOperator<String> of(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return secret ->
        "hmac:"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac(key, integrationId + '\u0000' + secret));
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
