package dev.bobsync.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.http.Json;
import dev.bobsync.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {
  private final SecretMasker masker = new SecretMasker(Json.newMapper());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ssn",
        "SSN",
        "social_security_number",
        "socialSecurityNumber",
        "tax_id",
        "taxId",
        "token",
        "hibobToken",
        "access_token",
        "password",
        "PASSWORD",
        "client_secret",
        "api-key",
        "payroll.employment.ssn",
        "/payroll/taxId"
      })
  void keysThatNameASecretAreMasked(String key) {
    assertThat(SecretMasker.isSecretKey(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "email", "className", "tokens_used", "status", "job_title"})
  void otherKeysAreKept(String key) {
    assertThat(SecretMasker.isSecretKey(key)).isFalse();
  }

  @Test
  void masksNestedObjectsAndArraysAndKeepsTheRest() {
    String masked =
        masker.mask(
            "{\"a\":{\"b\":[{\"Ssn\":123456789,\"x\":1}],\"token\":{\"v\":\"t\"}},"
                + "\"password\":null,\"n\":\"Ann\"}",
            "test");

    assertThat(masked)
        .isEqualTo(
            "{\"a\":{\"b\":[{\"Ssn\":\"[masked]\",\"x\":1}],\"token\":\"[masked]\"},"
                + "\"password\":null,\"n\":\"Ann\"}");
  }

  @Test
  void documentWithoutSecretsIsKeptAsWritten() {
    assertThat(masker.mask("{ \"a\" : 1 }", "test")).isEqualTo("{ \"a\" : 1 }");
    assertThat(masker.mask(null, "test")).isNull();
  }

  @Test
  void textThatIsNotJsonIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> masker.mask("{\"ssn\": 123-45", "the after value"))
        .isInstanceOf(StoreException.class)
        .hasMessage("the after value is not valid JSON, so its secrets cannot be masked");
  }
}
