package dev.bobsync.web.pages;

import io.javalin.http.Context;
import java.util.Objects;

/** The "Add integration" form as it is shown again: every field but the tokens. */
public record NewIntegrationForm(
    String name,
    String hibobUrl,
    String hibobUser,
    String remoteUrl,
    int intervalMinutes,
    String legalEntities) {

  public static NewIntegrationForm empty() {
    return new NewIntegrationForm(
        "", "https://api.hibob.com/v1", "", "https://gateway.remote.com", 60, "");
  }

  static NewIntegrationForm of(Context ctx) {
    return new NewIntegrationForm(
        text(ctx, "name"),
        text(ctx, "hibobUrl"),
        text(ctx, "hibobUser"),
        text(ctx, "remoteUrl"),
        interval(ctx.formParam("interval")),
        text(ctx, "legalEntities"));
  }

  private static String text(Context ctx, String field) {
    return Objects.requireNonNullElse(ctx.formParam(field), "").trim();
  }

  private static int interval(String value) {
    try {
      int minutes = Integer.parseInt(value == null ? "60" : value.trim());
      return minutes == 0 ? 0 : Math.max(5, minutes); // 0: only "Sync now" and webhooks
    } catch (NumberFormatException e) {
      return 60;
    }
  }
}
