package dev.bobsync.web.auth;

import dev.bobsync.store.AccessEvent;
import dev.bobsync.store.Store;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the access log from the web side: each request once (an API token's every use, a page's
 * every change, every refusal), with who, what, the outcome and the address it came from.
 */
public final class AccessAudit {
  private static final Logger LOG = LoggerFactory.getLogger(AccessAudit.class);
  private static final String DONE = "bobsync.accessLogged";

  private final Store store;

  public AccessAudit(Store store) {
    this.store = store;
  }

  /** Records a refusal of this request. */
  public void refused(Context ctx, String workspaceId, String actor, int status, String why) {
    record(ctx, workspaceId, actor, "refused " + status, why);
  }

  /** After the answer: records an API token's use or a page change, unless already recorded. */
  public void answered(Context ctx) {
    Principal p = ctx.attribute("bobsync.principal");
    if (p == null) {
      return;
    }
    boolean change = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    int status = ctx.statusCode();
    if (p.token() != null || change || status == 403) {
      record(ctx, p.workspaceId(), p.actor(), String.valueOf(status), null);
    }
  }

  /** Records something that is not a request's answer (a sign-in, a role change). */
  public void event(
      Context ctx, String workspaceId, String actor, String action, String outcome, String detail) {
    store.accessLog().record(AccessEvent.of(workspaceId, actor, action, outcome, detail, ctx.ip()));
  }

  private void record(Context ctx, String workspaceId, String actor, String outcome, String why) {
    if (ctx.attribute(DONE) != null) {
      return;
    }
    ctx.attribute(DONE, true);
    try {
      store
          .accessLog()
          .record(
              AccessEvent.of(
                  workspaceId,
                  actor,
                  ctx.method().name() + " " + ctx.path(),
                  outcome,
                  why,
                  ctx.ip()));
    } catch (RuntimeException e) {
      LOG.error("could not record {} {} in the access log", ctx.method(), ctx.path(), e);
    }
  }
}
