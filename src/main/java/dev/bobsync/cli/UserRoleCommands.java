package dev.bobsync.cli;

import dev.bobsync.access.Role;
import dev.bobsync.app.App;
import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.User;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code user set-role} and {@code user list}. */
final class UserRoleCommands {
  private UserRoleCommands() {}

  /** Records a change made from the command line in the access log. */
  static void audit(App app, String workspaceId, String action, String detail) {
    app.store()
        .accessLog()
        .record(
            AccessEvent.of(
                workspaceId,
                "command line (" + System.getProperty("user.name", "unknown") + ")",
                action,
                "allowed",
                detail,
                "local"));
  }

  @Command(
      name = "set-role",
      mixinStandardHelpOptions = true,
      description = {
        "Changes what someone may do: admin (everything), operator (sync, checks, read"
            + " everything, no settings, credentials, users or tokens), viewer (statuses and"
            + " history; no named salary data, no exports).",
        "The change is in the access log and applies to their next request."
      })
  static final class SetRole implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EMAIL")
    String email;

    @Parameters(index = "1", paramLabel = "ROLE")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        User user =
            app.store()
                .users()
                .byEmail(email)
                .orElseThrow(
                    () -> new IllegalArgumentException("No user with the e-mail " + email.trim()));
        if (user.role() == r) {
          out.println(user.email() + " is already " + r.code() + ".");
        } else {
          app.store().users().setRole(user.id(), r);
          audit(
              app,
              user.workspaceId(),
              "role changed",
              user.email() + ": " + user.role().code() + " -> " + r.code());
          out.println(user.email() + " is now " + r.code() + " (was " + user.role().code() + ").");
        }
        out.flush();
        return 0;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists who can log in to the default workspace, with their roles.")
  static final class List implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (App app = data.open()) {
        for (User u : app.store().users().list(app.store().workspaces().defaultWorkspace().id())) {
          out.printf(
              "%-40s %-9s %s%n",
              u.email(),
              u.role().code(),
              u.lastLoginAt() == null ? "never logged in" : "last login " + u.lastLoginAt());
        }
        out.flush();
        return 0;
      }
    }
  }
}
