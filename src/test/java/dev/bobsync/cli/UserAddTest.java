package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add}: a real e-mail, and a password typed twice when none is given. */
class UserAddTest {
  @TempDir Path dir;

  @Test
  void anAddressTheLoginFormWouldRefuseIsRefused() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CliRunner.execute(
            dir, out, err, "user", "add", "not-an-email", "--password", "long enough secret");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("error: \"not-an-email\" is not an e-mail address")
        .doesNotContain("long enough secret");
  }

  @Test
  void withoutATerminalAndWithoutAPasswordItSaysHowToGiveOne() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CliRunner.execute(dir, out, err, "user", "add", "admin@example.com", "--password");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("run this in a terminal to be asked for it");
  }

  @Test
  void thePasswordIsAskedTwiceAndMustMatch() {
    assertThat(PasswordPrompt.askTwice(typed("a long password", "a long password"), "a@b.example"))
        .isEqualTo("a long password");
    assertThatThrownBy(
            () -> PasswordPrompt.askTwice(typed("a long password", "a long passw0rd"), "a@b.ex"))
        .hasMessageContaining("The two passwords differ");
  }

  @Test
  void bothPromptsAreShown() {
    List<String> prompts = new ArrayList<>();
    Deque<String> answers = new ArrayDeque<>(List.of("secret-secret", "secret-secret"));
    PasswordPrompt.askTwice(
        p -> {
          prompts.add(p);
          return answers.pop().toCharArray();
        },
        "a@b.example");
    assertThat(prompts).containsExactly("Password for a@b.example: ", "Again, to confirm: ");
  }

  private static PasswordPrompt.Terminal typed(String first, String second) {
    Deque<String> answers = new ArrayDeque<>(List.of(first, second));
    return prompt -> answers.pop().toCharArray();
  }
}
