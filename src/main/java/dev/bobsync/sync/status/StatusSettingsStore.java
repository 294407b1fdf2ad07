package dev.bobsync.sync.status;

import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;

/** Reads and saves an integration's {@link StatusSettings} in its settings document. */
public final class StatusSettingsStore {
  private final Store store;
  private final SettingsDocument doc = new SettingsDocument(Json.newMapper());

  public StatusSettingsStore(Store store) {
    this.store = store;
  }

  public StatusSettings read(Integration integration) {
    return doc.section(
        integration.settingsJson(),
        StatusSettings.SECTION,
        StatusSettings.class,
        StatusSettings.defaults());
  }

  public void save(String integrationId, StatusSettings settings) {
    Integration fresh = store.integrations().byId(integrationId).orElseThrow();
    store
        .integrations()
        .updateSettings(
            integrationId, doc.withSection(fresh.settingsJson(), StatusSettings.SECTION, settings));
  }

  /** Switches the write-back on or off. */
  public StatusSettings switchTo(Integration integration, boolean on) {
    StatusSettings next = read(integration).withEnabled(on);
    save(integration.id(), next);
    return next;
  }
}
