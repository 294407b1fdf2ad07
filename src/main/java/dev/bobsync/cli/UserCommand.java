package dev.bobsync.cli;

import dev.bobsync.access.Role;
import dev.bobsync.app.App;
import dev.bobsync.remote.Emails;
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
        "The password is asked for twice on a terminal (not shown), or read from"
            + " BOBSYNC_PASSWORD; at least 10 characters."
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
        arity = "0..1",
        fallbackValue = "",
        description =
            "Their password; alone, or left out on a terminal, it is asked for twice (or set"
                + " BOBSYNC_PASSWORD).")
    char[] password;

    @Override
    public Integer call() {
      if (!Emails.isValid(email)) {
        throw new IllegalArgumentException(
            "\""
                + email.trim()
                + "\" is not an e-mail address; the login form asks for one like"
                + " admin@example.com");
      }
      String secret =
          password != null && password.length > 0
              ? new String(password)
              : password == null ? System.getenv("BOBSYNC_PASSWORD") : null;
      if (secret == null || secret.isEmpty()) {
        PasswordPrompt.Terminal terminal = PasswordPrompt.console();
        if (terminal == null) {
          throw new IllegalArgumentException(
              "a password is needed: run this in a terminal to be asked for it, or set"
                  + " BOBSYNC_PASSWORD, or give --password VALUE");
        }
        secret = PasswordPrompt.askTwice(terminal, email.trim());
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
