package dev.bobsync.web.pages;

import io.javalin.http.Context;
import java.util.Objects;

/** The "Add integration" form as it is shown again: every field but the tokens. */
public record NewIntegrationForm(
    String name,
    String hibobUrl,
    String hibobUser,
    String remoteUrl,
    long intervalMinutes,
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
        minutes(ctx.formParam("interval")),
        text(ctx, "legalEntities"));
  }

  private static String text(Context ctx, String field) {
    return Objects.requireNonNullElse(ctx.formParam(field), "").trim();
  }

  /**
   * The interval field as typed, in minutes (0: off); -1 when it is not a number, which the form
   * refuses. Its range is checked where the form is saved ({@code SyncInterval}).
   */
  static long minutes(String value) {
    if (value == null || value.isBlank()) {
      return 60;
    }
    try {
      return Math.max(-1, Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
