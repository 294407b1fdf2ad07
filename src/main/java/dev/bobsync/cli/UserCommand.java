package dev.bobsync.cli;

import dev.bobsync.access.Role;
import dev.bobsync.app.App;
import dev.bobsync.store.Workspace;
import dev.bobsync.web.auth.Passwords;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bobsync user add EMAIL}: someone who can log in to the admin page. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manages who can log in.",
    subcommands = {
      UserCommand.Add.class,
      UserRoleCommands.SetRole.class,
      UserRoleCommands.List.class
    })
public final class UserCommand {

  /** {@code user add}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds someone who can log in to the admin page. They see the integrations of their"
            + " workspace only (the default one unless --workspace names another).",
        "The password is asked for, or read from BOBSYNC_PASSWORD; at least 10 characters."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EMAIL")
    String email;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description =
            "admin, operator or viewer (default: admin for the first user, viewer after that).")
    String role;

    @Option(names = "--name", description = "How they are called on the page.")
    String name;

    @Option(
        names = "--workspace",
        paramLabel = "NAME",
        description = "A workspace of its own (created if new); default: the default workspace.")
    String workspace;

    @Option(
        names = "--password",
        interactive = true,
        arity = "0..1",
        description = "Their password (asked for when not given; or BOBSYNC_PASSWORD).")
    char[] password;

    @Override
    public Integer call() {
      String secret = password != null ? new String(password) : System.getenv("BOBSYNC_PASSWORD");
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("a password is needed: --password, or BOBSYNC_PASSWORD");
      }
      Passwords.check(secret);
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        Workspace ws =
            workspace == null
                ? app.store().workspaces().defaultWorkspace()
                : app.store()
                    .workspaces()
                    .byName(workspace)
                    .orElseGet(() -> app.store().workspaces().create(workspace));
        Role r =
            role != null
                ? Role.parse(role)
                : app.store().users().count() == 0 ? Role.ADMIN : Role.VIEWER;
        app.store().users().create(ws.id(), email, name, new Passwords(12).hash(secret), r);
        UserRoleCommands.audit(app, ws.id(), "user added", email.trim() + " as " + r.code());
        out.println(
            "Added "
                + email.trim()
                + " as "
                + r.code()
                + " to workspace \""
                + ws.name()
                + "\". They can log in now.");
        out.flush();
        return 0;
      }
    }
  }
}
