package dev.bobsync.cli;

import dev.bobsync.access.Scope;
import dev.bobsync.app.App;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.ApiToken;
import dev.bobsync.store.Workspace;
import dev.bobsync.web.auth.TokenIssuer;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync token create|list|revoke}: REST API tokens with scopes. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manages REST API tokens: what each may do, on which integration, until when.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
public final class TokenCommand {

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Creates an API token and prints it once; only its digest is kept.",
        "Scopes: integrations:read, integrations:write, sync:run, people:read, audit:read,"
            + " compensation:read (named or anonymous), compensation:read:anonymous (anonymous"
            + " only).",
        "A benchmarking vendor's token: --scope compensation:read:anonymous --integration NAME"
            + " --format csv; it pulls GET /api/v1/compensation/export."
      })
  static final class Create implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "What the token is for.")
    String name;

    @Option(
        names = "--scope",
        required = true,
        paramLabel = "SCOPE",
        split = ",",
        description = "What it may do; repeat or separate with commas.")
    List<String> scopes;

    @Option(
        names = "--expires",
        paramLabel = "WHEN",
        description = "A number of days (90d) or a date (2027-06-30); default: never.")
    String expires;

    @Option(
        names = "--integration",
        paramLabel = "NAME",
        description = "Limits the token to this integration.")
    String integration;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "Limits its compensation export to csv, xlsx or json.")
    String format;

    @Override
    public Integer call() {
      Set<Scope> parsed = EnumSet.noneOf(Scope.class);
      scopes.forEach(s -> parsed.addAll(Scope.parseAll(s)));
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        Workspace ws = app.store().workspaces().defaultWorkspace();
        TokenIssuer.Issued issued =
            new TokenIssuer(app.store(), app.clock())
                .issue(
                    ws.id(),
                    new TokenIssuer.Request(name, parsed, expires, integration, format),
                    null,
                    "local");
        out.println(
            "Created API token " + TokenIssuer.describe(issued.stored(), issued.integration()));
        out.println("Copy it now, it is not shown again:");
        out.println(issued.token());
        out.flush();
        return 0;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the API tokens.")
  static final class ListTokens implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        for (ApiToken t :
            app.store().apiTokens().list(app.store().workspaces().defaultWorkspace().id())) {
          out.println(
              t.id()
                  + "  "
                  + TokenIssuer.describe(t, null)
                  + (t.revoked() ? "; revoked" : "")
                  + (t.lastUsedAt() == null ? "; never used" : "; last used " + t.lastUsedAt()));
        }
        out.flush();
        return 0;
      }
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The id `token list` shows.")
    String id;

    @Override
    public Integer call() {
      try (App app = data.open()) {
        String ws = app.store().workspaces().defaultWorkspace().id();
        if (!app.store().apiTokens().revoke(ws, id)) {
          throw new IllegalArgumentException("No live API token with the id " + id);
        }
        app.store()
            .accessLog()
            .record(
                AccessEvent.of(ws, "command line", "API token revoked", "allowed", id, "local"));
        spec.commandLine().getOut().println("Revoked.");
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
