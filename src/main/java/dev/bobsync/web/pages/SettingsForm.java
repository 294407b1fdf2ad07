package dev.bobsync.web.pages;

import dev.bobsync.store.Integration;
import dev.bobsync.sync.RemoteSettings;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Settings form as shown: the stored settings, or after a refused save what was typed.
 *
 * @param intervalMinutes the interval in minutes (0: off; -1: what was typed is not a number)
 * @param legalEntities the legal-entities box, one COUNTRY=ID per line
 */
public record SettingsForm(long intervalMinutes, String legalEntities) {

  static SettingsForm of(Integration i, RemoteSettings remote) {
    return new SettingsForm(
        i.syncInterval().toMinutes(),
        remote.legalEntities().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue() + "\n")
            .collect(Collectors.joining()));
  }

  static SettingsForm of(Context ctx) {
    return new SettingsForm(
        NewIntegrationForm.minutes(ctx.formParam("interval")),
        Objects.requireNonNullElse(ctx.formParam("legalEntities"), ""));
  }
}
