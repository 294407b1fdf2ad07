package dev.bobsync.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.http.Json;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.CredentialsUnreadableException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {
  static final Credentials CREDENTIALS = new Credentials("user-1", "hibob-tok-1", "remote-tok-2");

  private final byte[] key = randomKey();
  private final CredentialCipher cipher = new CredentialCipher(key, Json.newMapper());

  @Test
  void C4_roundTrip() {
    byte[] ciphertext = cipher.encrypt(CREDENTIALS, "int-1");

    assertThat(cipher.decrypt(ciphertext, "int-1", "acme")).isEqualTo(CREDENTIALS);
    assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1))
        .doesNotContain("hibob-tok-1", "remote-tok-2", "user-1");
  }

  @Test
  void C4_encryptingTwiceGivesDifferentCiphertexts() {
    assertThat(cipher.encrypt(CREDENTIALS, "int-1"))
        .isNotEqualTo(cipher.encrypt(CREDENTIALS, "int-1"));
  }

  @Test
  void C4_ciphertextIsBoundToItsIntegration() {
    byte[] ciphertext = cipher.encrypt(CREDENTIALS, "int-1");

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, "int-2", "other"))
        .isInstanceOf(CredentialsUnreadableException.class)
        .hasMessageContaining("'other' (int-2)");
  }

  @Test
  void C4_anotherKeyFailsWithAMessageThatNamesNoSecret() {
    byte[] ciphertext = cipher.encrypt(CREDENTIALS, "int-1");
    byte[] otherKey = randomKey();
    CredentialCipher other = new CredentialCipher(otherKey, Json.newMapper());

    assertThatThrownBy(() -> other.decrypt(ciphertext, "int-1", "acme"))
        .isInstanceOf(CredentialsUnreadableException.class)
        .hasMessageContaining("master key differs from the one that encrypted them")
        .hasMessageContaining("BOBSYNC_MASTER_KEY")
        .hasMessageNotContaining(Base64.getEncoder().encodeToString(key))
        .hasMessageNotContaining(Base64.getEncoder().encodeToString(otherKey))
        .hasMessageNotContaining("tok");
  }

  private static byte[] randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
