package dev.bobsync.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.app.App;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.web.auth.AccessAudit;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.OidcSignIn;
import dev.bobsync.web.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Objects;

/** Everything the page and the API handlers use, built once by {@link WebApp}. */
public final class WebServices {
  private final App app;
  private final SyncControl syncs;
  private final Authenticator auth;
  private final Views views = new Views();
  private final ObjectMapper json = Json.newMapper();
  private final IntegrationSetup setup;
  private final AccessAudit accessAudit;
  private final OidcSignIn oidc;

  public WebServices(App app, SyncControl syncs, Authenticator auth) {
    this(app, syncs, auth, null);
  }

  /** {@code oidc} null: no sign-in with an identity provider. */
  public WebServices(App app, SyncControl syncs, Authenticator auth, OidcSignIn oidc) {
    this.oidc = oidc;
    this.app = Objects.requireNonNull(app, "app");
    this.syncs = Objects.requireNonNull(syncs, "syncs");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.setup = new IntegrationSetup(app.store(), app.clients());
    this.accessAudit = new AccessAudit(app.store());
  }

  /** Sign-in with the identity provider; null when none is configured. */
  public OidcSignIn oidc() {
    return oidc;
  }

  /** The access log's writer. */
  public AccessAudit accessAudit() {
    return accessAudit;
  }

  public App app() {
    return app;
  }

  public Store store() {
    return app.store();
  }

  public Clock clock() {
    return app.clock();
  }

  public SyncControl syncs() {
    return syncs;
  }

  public Authenticator auth() {
    return auth;
  }

  public Views views() {
    return views;
  }

  public ObjectMapper json() {
    return json;
  }

  public IntegrationSetup setup() {
    return setup;
  }

  /**
   * The integration named in the path, if it belongs to the caller's workspace; any other answers
   * 404, so one workspace cannot even learn of another's integrations.
   */
  public Integration integration(Context ctx) {
    Integration i = integrationWithHistory(ctx);
    if (i.removed()) {
      throw new NotFoundResponse("No such integration.");
    }
    return i;
  }

  /**
   * As {@link #integration(Context)}, but also a removed integration whose history was kept: for
   * the pages that only read that history (people, time off, sync history, audit).
   */
  public Integration integrationWithHistory(Context ctx) {
    Principal principal = Authenticator.of(ctx);
    return store()
        .integrations()
        .byId(ctx.pathParam("id"))
        .filter(i -> i.workspaceId().equals(principal.workspaceId()))
        .orElseThrow(() -> new NotFoundResponse("No such integration."));
  }
}
