package dev.bobsync.compensation;

import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import java.util.Objects;

/** Reads and saves an integration's compensation profile (its settings' "compensation" section). */
public final class CompensationSettings {
  private final Store store;
  private final SettingsDocument doc = new SettingsDocument(Json.newMapper());

  public CompensationSettings(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The profile, or the defaults when the integration has none yet. */
  public CompensationProfile read(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return doc.section(
        integration.settingsJson(),
        CompensationProfile.SECTION,
        CompensationProfile.class,
        CompensationProfile.defaults());
  }

  /** Whether the integration has the compensation export set up. */
  public boolean enabled(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    return doc.section(
            integration.settingsJson(),
            CompensationProfile.SECTION,
            CompensationProfile.class,
            null)
        != null;
  }

  /** Saves the profile, keeping the other features' sections as they are. */
  public void save(Integration integration, CompensationProfile profile) {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(profile, "profile");
    String current =
        store.integrations().byId(integration.id()).map(Integration::settingsJson).orElse(null);
    store
        .integrations()
        .updateSettings(
            integration.id(), doc.withSection(current, CompensationProfile.SECTION, profile));
  }

  /** The settings document of a new integration with only this profile. */
  public String newDocument(CompensationProfile profile) {
    return doc.withSection(null, CompensationProfile.SECTION, Objects.requireNonNull(profile));
  }
}
