package dev.bobsync.web.pages;

import dev.bobsync.BobsyncException;
import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.compensation.CompensationReport;
import dev.bobsync.compensation.CompensationSettings;
import dev.bobsync.compensation.ExportResult;
import dev.bobsync.compensation.Format;
import dev.bobsync.compensation.Insights;
import dev.bobsync.store.Integration;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/** The Compensation tab (rules V1-V5): diagnostics, downloads, the profile and the figures. */
public final class CompensationPages {
  private static final int MONTHS = 12;

  private final WebServices web;

  public CompensationPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/integrations/{id}/compensation", this::page);
    routes.get("/integrations/{id}/compensation/export", this::download);
    routes.post("/integrations/{id}/compensation/profile", this::saveProfile);
  }

  private void page(Context ctx) {
    Integration i = web.integration(ctx);
    String notice = "profile".equals(ctx.queryParam("done")) ? "Profile saved." : null;
    render(ctx, i, web.app().compensation().settings().read(i), null, notice);
  }

  private void render(
      Context ctx, Integration i, CompensationProfile profile, String error, String notice) {
    CompensationReport report = web.app().compensation().check(i);
    Insights insights =
        report.connected() && report.employees() > 0
            ? web.app().compensation().insights(i, MONTHS)
            : null;
    boolean anonymous = web.app().compensation().settings().read(i).anonymous();
    Map<String, Object> params = new HashMap<>();
    params.put("principal", Authenticator.of(ctx));
    params.put(
        "view",
        new CompensationView(
            i.id(), i.name(), report, insights, anonymous, profile, error, notice));
    if (error != null) {
      ctx.status(422);
    }
    web.views().render(ctx, "compensation.jte", params);
  }

  /** Saves the profile form; on a refusal the page comes back with what was typed and why. */
  private void saveProfile(Context ctx) {
    Integration i = web.integration(ctx);
    CompensationSettings settings = web.app().compensation().settings();
    CompensationProfile before = settings.read(i);
    ProfileForm form = ProfileForm.of(ctx, before);
    try {
      CompensationProfile next =
          form.apply(before, () -> web.app().compensation().fields(web.integration(ctx)));
      settings.save(i, next);
      ctx.redirect("/integrations/" + i.id() + "/compensation?done=profile");
    } catch (IllegalArgumentException | BobsyncException e) {
      render(ctx, i, form.typed(before), e.getMessage(), null);
    }
  }

  private void download(Context ctx) {
    Integration i = web.integration(ctx);
    send(ctx, web, i, ctx.queryParam("format"), "on".equals(ctx.queryParam("anonymous")));
  }

  /** Writes the export as a download; shared with the REST API. */
  public static void send(
      Context ctx, WebServices web, Integration i, String format, boolean anonymous) {
    Format f;
    try {
      f = Format.parse(format == null ? "csv" : format);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportResult result = web.app().compensation().write(i, f, out, anonymous);
    if (!result.written()) {
      ctx.status(502);
      throw new io.javalin.http.HttpResponseException(
          502, "HiBob could not be read: " + result.report().problem());
    }
    String file =
        i.name().replaceAll("[^A-Za-z0-9._-]+", "-")
            + "-compensation"
            + (anonymous ? "-anonymous" : "")
            + "."
            + f.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(f.contentType()).result(out.toByteArray());
  }
}
