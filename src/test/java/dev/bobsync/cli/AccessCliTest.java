package dev.bobsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.access.Role;
import dev.bobsync.access.Scope;
import dev.bobsync.app.App;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.ApiToken;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add --role}, {@code user set-role}, {@code user list} and {@code token}. */
class AccessCliTest {
  @TempDir Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return CliRunner.execute(dir, out, err, args);
  }

  private App open() {
    return App.open(dir, Map.of(), Clock.systemUTC());
  }

  @Test
  void theFirstUserIsAnAdminAndLaterOnesTakeTheRoleGiven() {
    assertThat(run("user", "add", "ada@acme.example", "--password", "long enough pw")).isZero();
    assertThat(out.toString()).contains("as admin");
    assertThat(run("user", "add", "bo@acme.example", "--password", "long enough pw")).isZero();
    assertThat(out.toString()).contains("as viewer");
    assertThat(
            run(
                "user",
                "add",
                "cy@acme.example",
                "--role",
                "operator",
                "--password",
                "long enough pw"))
        .isZero();
    assertThat(run("user", "add", "di@acme.example", "--role", "owner", "--password", "long pw 12"))
        .isNotZero();
    assertThat(err.toString()).contains("\"owner\" is not a role");
    assertThat(run("user", "list")).isZero();
    assertThat(out.toString())
        .containsPattern("ada@acme.example +admin")
        .containsPattern("bo@acme.example +viewer")
        .containsPattern("cy@acme.example +operator")
        .doesNotContain("di@acme.example");
  }

  @Test
  void changingARoleIsAudited() {
    run("user", "add", "ada@acme.example", "--password", "long enough pw");
    run("user", "add", "bo@acme.example", "--password", "long enough pw");
    assertThat(run("user", "set-role", "bo@acme.example", "operator")).isZero();
    assertThat(out.toString()).contains("bo@acme.example is now operator (was viewer)");
    assertThat(run("user", "set-role", "nobody@acme.example", "admin")).isNotZero();
    assertThat(err.toString()).contains("No user with the e-mail nobody@acme.example");
    try (App app = open()) {
      assertThat(app.store().users().byEmail("bo@acme.example").orElseThrow().role())
          .isEqualTo(Role.OPERATOR);
      List<AccessEvent> log =
          app.store()
              .accessLog()
              .recent(app.store().workspaces().defaultWorkspace().id(), false, 10);
      assertThat(log)
          .anySatisfy(
              e -> {
                assertThat(e.action()).isEqualTo("role changed");
                assertThat(e.detail()).isEqualTo("bo@acme.example: viewer -> operator");
                assertThat(e.actor()).startsWith("command line");
              });
    }
  }

  @Test
  void aCompensationOnlyTokenIsShownOnceAndStoredAsADigest() {
    assertThat(
            run(
                "token",
                "create",
                "--name",
                "Ravio",
                "--scope",
                "compensation:read:anonymous",
                "--format",
                "csv",
                "--expires",
                "90d"))
        .isZero();
    String printed = out.toString();
    assertThat(printed).contains("scopes compensation:read:anonymous").contains("format csv");
    String token = printed.lines().filter(l -> l.startsWith("bob_")).findFirst().orElseThrow();
    try (App app = open()) {
      List<ApiToken> all =
          app.store().apiTokens().list(app.store().workspaces().defaultWorkspace().id());
      assertThat(all).hasSize(1);
      assertThat(all.get(0).scopes()).isEqualTo(Set.of(Scope.COMPENSATION_READ_ANONYMOUS));
      assertThat(all.get(0).expiresAt()).isNotNull();
      assertThat(all.get(0).prefix()).isEqualTo(token.substring(0, 10));
    }
    assertThat(run("token", "list")).isZero();
    assertThat(out.toString()).contains("Ravio").doesNotContain(token);
    assertThat(run("token", "create", "--name", "x", "--scope", "everything")).isNotZero();
    assertThat(err.toString()).contains("\"everything\" is not a scope");
    assertThat(
            run("token", "create", "--name", "x", "--scope", "sync:run", "--integration", "nope"))
        .isNotZero();
    assertThat(err.toString()).contains("integration: no integration \"nope\"");
    assertThat(
            run("token", "create", "--name", "x", "--scope", "sync:run", "--expires", "2001-01-01"))
        .isNotZero();
    assertThat(err.toString()).contains("not in the future");
  }
}
