package dev.bobsync.web.api;

import dev.bobsync.compensation.ExportResult;
import dev.bobsync.compensation.Format;
import dev.bobsync.store.ApiToken;
import dev.bobsync.store.Integration;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;

/**
 * The compensation export on the API: per integration, and at one stable URL for a benchmarking
 * vendor's scheduled pulls, whose token fixes the integration, the format and the mode. Answers
 * carry an {@code ETag}; a pull with a matching {@code If-None-Match} gets 304.
 */
final class CompensationApi {
  private final WebServices web;

  CompensationApi(WebServices web) {
    this.web = web;
  }

  /** {@code GET /api/v1/integrations/{id}/compensation?format=&anonymous=}. */
  void perIntegration(Context ctx) {
    Integration i = web.integration(ctx);
    ApiToken token = Authenticator.of(ctx).token();
    send(ctx, i, token, ctx.queryParam("format"), ctx.queryParam("anonymous"));
  }

  /** {@code GET /api/v1/compensation/export}: the token's integration, format and mode. */
  void pull(Context ctx) {
    Principal p = Authenticator.of(ctx);
    ApiToken token = p.token();
    if (token.integrationId() == null) {
      throw refuse(
          ctx,
          p,
          "This address serves a token limited to one integration; create one with"
              + " bobsync token create --integration NAME.");
    }
    Integration i =
        web.store()
            .integrations()
            .byId(token.integrationId())
            .filter(x -> x.workspaceId().equals(p.workspaceId()) && !x.removed())
            .orElseThrow(() -> new NotFoundResponse("The token's integration was removed."));
    send(ctx, i, token, ctx.queryParam("format"), ctx.queryParam("anonymous"));
  }

  private void send(Context ctx, Integration i, ApiToken token, String format, String anonymous) {
    Principal p = Authenticator.of(ctx);
    boolean anon = "true".equalsIgnoreCase(anonymous);
    if (token.anonymousOnly()) {
      if ("false".equalsIgnoreCase(anonymous)) {
        throw refuse(
            ctx,
            p,
            "This token reads the anonymous export only; the named export needs the scope"
                + " \"compensation:read\".");
      }
      anon = true;
    }
    Format f;
    try {
      f = Format.parse(format == null ? "csv" : format);
      if (token.exportFormat() != null) {
        Format only = Format.parse(token.exportFormat());
        if (format != null && f != only) {
          throw refuse(ctx, p, "This token reads the " + token.exportFormat() + " export only.");
        }
        f = only;
      }
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult result = web.app().compensation().write(i, f, out, anon);
    if (!result.written()) {
      throw new HttpResponseException(502, "HiBob could not be read: " + result.report().problem());
    }
    byte[] file = out.toByteArray();
    String etag = ExportEtag.of(f, file);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "private, no-cache");
    if (ExportEtag.matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    String name =
        i.name().replaceAll("[^A-Za-z0-9._-]+", "-")
            + "-compensation"
            + (result.anonymous() ? "-anonymous" : "")
            + "."
            + f.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(f.contentType()).result(file);
  }

  private ForbiddenResponse refuse(Context ctx, Principal p, String why) {
    web.accessAudit().refused(ctx, p.workspaceId(), p.actor(), 403, why);
    return new ForbiddenResponse(why);
  }
}
