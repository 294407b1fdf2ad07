package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw-code check the page and CLI tests rely on finds what it should, and only that. */
class RawCodesTest {
  @Test
  void findsEnumConstantsAndSnakeCaseCodesButNotWords() {
    assertThat(RawCodes.foundIn("Reason: ARCHIVED_PROFILE")).hasSize(1);
    assertThat(RawCodes.foundIn("Created in Remote as global_payroll_employee")).hasSize(1);
    assertThat(RawCodes.foundIn("create_employment in remote")).hasSize(1);
    assertThat(RawCodes.foundIn("status pre_hire")).hasSize(1);
    assertThat(RawCodes.foundIn("WAITING")).hasSize(1);
    assertThat(RawCodes.foundIn("3 synced, 1 waiting; Global Payroll employee; SSN; NAME"))
        .isEmpty();
  }

  @Test
  void visibleTextLeavesOutTagsAttributesAndTheRawEntries() {
    String html =
        "<td title=\"ARCHIVED_PROFILE\">Archived</td>"
            + "<details class=\"raw\"><summary>Raw</summary><code>create_employment</code></details>"
            + "<p>Olga &amp; Ana &#34;x&#34;</p>";
    String text = RawCodes.visibleText(html);
    assertThat(text).contains("Archived").contains("Olga & Ana \"x\"");
    assertThat(RawCodes.foundIn(text)).isEmpty();
  }
}
