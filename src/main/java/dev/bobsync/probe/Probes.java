package dev.bobsync.probe;

import dev.bobsync.app.App;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;

/** Probes a stored integration with its own credentials, as the CLI and the page do. */
public final class Probes {
  private Probes() {}

  public static ProbeResult run(App app, Integration integration) {
    Credentials creds = app.store().integrations().credentials(integration.id());
    return new Probe(app.clients().clock())
        .run(
            integration.name(),
            app.clients().hibob(integration, creds, 50),
            app.clients().remote(integration, creds, 60).orElse(null));
  }
}
