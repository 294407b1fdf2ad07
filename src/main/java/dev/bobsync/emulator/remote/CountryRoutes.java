package dev.bobsync.emulator.remote;

import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;

/**
 * {@code GET /v1/countries/{code}/{form}}: a country form's JSON Schema as {@code data}, its
 * version beside the keywords. {@code json_schema_version} may ask for {@code latest} or the
 * current version; the emulator keeps no older ones.
 */
final class CountryRoutes {
  void register(Gateway api) {
    api.get("/v1/countries/{code}/{form}", this::form);
  }

  private Reply form(Context ctx, RemoteCompany company) {
    String code = ctx.pathParam("code");
    String name = ctx.pathParam("form");
    CountryForm form =
        company
            .forms()
            .find(code, name)
            .orElseThrow(() -> ApiError.of(404, "Form " + name + " not found for " + code));
    String version = ctx.queryParam("json_schema_version");
    if (version != null && !version.equals("latest")) {
      int asked;
      try {
        asked = Integer.parseInt(version.trim());
      } catch (NumberFormatException e) {
        throw ApiError.of(400, "json_schema_version must be a whole number or latest");
      }
      if (asked != form.version()) {
        throw ApiError.of(404, "Version " + asked + " of form " + name + " not found for " + code);
      }
    }
    return Reply.data(form.data());
  }
}
