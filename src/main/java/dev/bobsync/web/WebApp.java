package dev.bobsync.web;

import dev.bobsync.web.api.ApiRoutes;
import dev.bobsync.web.auth.AccessFilter;
import dev.bobsync.web.auth.Principal;
import dev.bobsync.web.pages.AccessPages;
import dev.bobsync.web.pages.AlertPages;
import dev.bobsync.web.pages.CompensationPages;
import dev.bobsync.web.pages.IntegrationPages;
import dev.bobsync.web.pages.IntegrationTabs;
import dev.bobsync.web.pages.OidcPages;
import dev.bobsync.web.pages.RemoteEventsPages;
import dev.bobsync.web.pages.SessionPages;
import dev.bobsync.web.pages.TokenPages;
import dev.bobsync.web.pages.UserPages;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP side in one place: the admin page, the REST API, health and metrics. Tests
 * build the same routing with {@link #create}.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  /** The routing; {@code extra} adds routes owned elsewhere (webhooks, downloads). Not started. */
  public static Javalin create(WebServices web, Metrics metrics, Consumer<JavalinConfig> extra) {
    AccessFilter access = new AccessFilter(web.auth(), web.accessAudit(), web.clock());
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jsonMapper(new JavalinJackson(web.json(), false));
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
              });
          config.staticFiles.enableWebjars();
          config.http.defaultContentType = "text/html; charset=utf-8";
          config.routes.before(ctx -> headers(ctx));
          config.routes.before(access::handle);
          config.routes.after(web.accessAudit()::answered);
          config.routes.get("/health", ctx -> health(ctx, web));
          config.routes.get("/metrics", metrics::scrape);
          new SessionPages(web).register(config.routes);
          new OidcPages(web).register(config.routes);
          new IntegrationPages(web).register(config.routes);
          new IntegrationTabs(web).register(config.routes);
          new AlertPages(web).register(config.routes);
          new RemoteEventsPages(web).register(config.routes);
          new TokenPages(web).register(config.routes);
          new AccessPages(web).register(config.routes);
          new UserPages(web).register(config.routes);
          new CompensationPages(web).register(config.routes);
          new ApiRoutes(web).register(config.routes);
          extra.accept(config);
          config.routes.exception(AccessFilter.LoginRequired.class, (e, ctx) -> toLogin(ctx));
          config.routes.exception(
              HttpResponseException.class,
              (e, ctx) -> failed(ctx, web, e.getStatus(), e.getMessage()));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error(
                    "{} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getSimpleName(), e);
                failed(
                    ctx,
                    web,
                    500,
                    "bobsync could not do that. The details are in the service log.");
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                  failed(ctx, web, 404, "There is nothing at this address.");
                }
              });
        });
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
  }

  private static void health(Context ctx, WebServices web) {
    try {
      web.store().workspaces().defaultWorkspace();
      ctx.json(Map.of("status", "UP", "database", "UP"));
    } catch (RuntimeException e) {
      ctx.status(503).json(Map.of("status", "DOWN", "database", "DOWN"));
    }
  }

  private static void toLogin(Context ctx) {
    if (Views.htmx(ctx)) {
      ctx.header("HX-Redirect", "/login").status(401);
    } else {
      ctx.redirect("/login");
    }
  }

  private static void failed(Context ctx, WebServices web, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/webhooks/")) {
      ctx.json(Map.of("error", code(status), "message", message));
      return;
    }
    Map<String, Object> params = new HashMap<>();
    Principal principal = ctx.attribute("bobsync.principal");
    params.put("principal", principal);
    params.put("status", status);
    params.put("message", message);
    web.views().render(ctx, "error.jte", params);
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 409 -> "conflict";
      case 422 -> "unprocessable";
      default -> "error";
    };
  }
}
