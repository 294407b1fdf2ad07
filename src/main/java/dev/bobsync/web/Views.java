package dev.bobsync.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the jte templates, compiled into the jar at build time. */
public final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} (e.g. {@code "login.jte"}) with its parameters as the answer. */
  public void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** Whether the request came from htmx and wants only a fragment. */
  public static boolean htmx(Context ctx) {
    return "true".equals(ctx.header("HX-Request"));
  }
}
