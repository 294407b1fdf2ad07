package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by every command that uses the store. */
final class DataOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "bobsync-data",
      description =
          "Where the H2 database and master key live (default: ${DEFAULT-VALUE}). BOBSYNC_DB_URL"
              + " points at PostgreSQL instead.")
  Path dataDir;

  App open() {
    return App.open(dataDir, System.getenv(), Clock.systemUTC());
  }

  /** The integration of that name in the default workspace, or a clear error. */
  static Integration integration(App app, String name) {
    String workspace = app.store().workspaces().defaultWorkspace().id();
    return app.store()
        .integrations()
        .byName(workspace, name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no integration named \"" + name + "\" (see: bobsync integration list)"));
  }

  /** The most recently removed integration of that name whose history was kept. */
  static Integration removedIntegration(App app, String name) {
    String workspace = app.store().workspaces().defaultWorkspace().id();
    return app.store().integrations().listRemoved(workspace).stream()
        .filter(i -> i.name().equals(name) || i.id().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no removed integration named \""
                        + name
                        + "\" with its history kept (see: bobsync integration list --removed)"));
  }
}
