package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {
  @Test
  void R11_anyValueFitsItsColumnOnBothDatabases() {
    assertThat(StoredText.fit("Ana Lima", 1000)).isEqualTo("Ana Lima");
    assertThat(StoredText.fit("A".repeat(10_000), 1000)).hasSize(1000).endsWith("\u2026");
    assertThat(StoredText.fit("Ana\u0000 Lima\u0007", 1000)).isEqualTo("Ana Lima");
    assertThat(StoredText.fit("x\uD800y", 1000)).isEqualTo("x\uFFFDy");
    assertThat(StoredText.fit("ab\uD83D\uDE00cd", 4)).isEqualTo("ab\u2026");
    assertThat(StoredText.fit(null, 10)).isNull();
  }

  @Test
  void R11_aPersonRecordWithAnOverlongNameIsSavedShortened() {
    PersonRecord r =
        new PersonRecord(
            "i",
            "1",
            "N".repeat(5000),
            "e\u0000@x.example",
            null,
            null,
            null,
            "skipped",
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(r.displayName()).hasSize(1000);
    assertThat(r.email()).isEqualTo("e@x.example");
  }
}
