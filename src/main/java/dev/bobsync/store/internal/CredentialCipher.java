package dev.bobsync.store.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.CredentialsUnreadableException;
import dev.bobsync.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts credentials as one AES256-GCM ciphertext of their JSON, bound to the integration id as
 * associated data so that a ciphertext copied to another integration does not decrypt.
 */
public final class CredentialCipher {
  private final Aead aead;
  private final ObjectMapper json;

  /** A cipher under the 32-byte master key. */
  public CredentialCipher(byte[] masterKey, ObjectMapper json) {
    this.json = json;
    try {
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(32)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      AesGcmKey key =
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(masterKey, InsecureSecretKeyAccess.get()))
              .build();
      this.aead =
          KeysetHandle.newBuilder()
              .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
              .build()
              .getPrimitive(AeadConfig2026.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new StoreException("cannot set up credential encryption: " + e.getMessage(), e);
    }
  }

  /** The ciphertext of {@code credentials} for integration {@code integrationId}. */
  public byte[] encrypt(Credentials credentials, String integrationId) {
    try {
      return aead.encrypt(json.writeValueAsBytes(credentials), associatedData(integrationId));
    } catch (GeneralSecurityException | IOException e) {
      throw new StoreException("cannot encrypt credentials of integration " + integrationId, e);
    }
  }

  /** The credentials in {@code ciphertext}; {@code integrationName} is for the error message. */
  public Credentials decrypt(byte[] ciphertext, String integrationId, String integrationName) {
    byte[] plaintext;
    try {
      plaintext = aead.decrypt(ciphertext, associatedData(integrationId));
    } catch (GeneralSecurityException e) {
      throw new CredentialsUnreadableException(
          "the credentials of integration '"
              + integrationName
              + "' ("
              + integrationId
              + ") cannot be decrypted: the master key differs from the one that encrypted them."
              + " Every bobsync instance using this database must share the same"
              + " BOBSYNC_MASTER_KEY; otherwise enter the credentials again.",
          e);
    }
    try {
      return json.readValue(plaintext, Credentials.class);
    } catch (IOException e) {
      throw new StoreException(
          "the credentials of integration '" + integrationName + "' are not valid JSON");
    }
  }

  /**
   * The ciphertext of one secret of integration {@code integrationId} (such as a webhook secret),
   * bound to the integration and to {@code purpose}.
   */
  public byte[] encryptSecret(String secret, String integrationId, String purpose) {
    try {
      return aead.encrypt(
          secret.getBytes(StandardCharsets.UTF_8), associatedData(integrationId + "#" + purpose));
    } catch (GeneralSecurityException e) {
      throw new StoreException(
          "cannot encrypt the " + purpose + " of integration " + integrationId);
    }
  }

  /** The secret in {@code ciphertext}; {@code integrationName} is for the error message. */
  public String decryptSecret(
      byte[] ciphertext, String integrationId, String purpose, String integrationName) {
    try {
      byte[] plaintext = aead.decrypt(ciphertext, associatedData(integrationId + "#" + purpose));
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new CredentialsUnreadableException(
          "the "
              + purpose
              + " of integration '"
              + integrationName
              + "' ("
              + integrationId
              + ") cannot be decrypted: the master key differs from the one that encrypted it."
              + " Every bobsync instance using this database must share the same"
              + " BOBSYNC_MASTER_KEY; otherwise enter it again.",
          e);
    }
  }

  private static byte[] associatedData(String integrationId) {
    return integrationId.getBytes(StandardCharsets.UTF_8);
  }
}
