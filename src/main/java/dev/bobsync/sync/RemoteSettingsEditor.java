package dev.bobsync.sync;

import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Changes the Remote sync's settings of a stored integration. */
public final class RemoteSettingsEditor {
  private final Store store;
  private final SettingsDocument doc = new SettingsDocument(Json.newMapper());

  public RemoteSettingsEditor(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public RemoteSettings read(Integration integration) {
    return doc.section(
        integration.settingsJson(),
        RemoteSettings.SECTION,
        RemoteSettings.class,
        RemoteSettings.defaults());
  }

  /** Replaces every legal entity with {@code entities} (codes or country names, or *). */
  public RemoteSettings replaceLegalEntities(
      Integration integration, Map<String, String> entities) {
    RemoteSettings next = read(integration).withLegalEntities(RemoteSettings.byAlpha3(entities));
    store
        .integrations()
        .updateSettings(
            integration.id(),
            doc.withSection(integration.settingsJson(), RemoteSettings.SECTION, next));
    return next;
  }

  /**
   * Sets the legal entities of some countries (alpha-3 codes or country names, {@code *} for any).
   */
  public RemoteSettings addLegalEntities(Integration integration, Map<String, String> entities) {
    Map<String, String> merged = new LinkedHashMap<>(read(integration).legalEntities());
    merged.putAll(RemoteSettings.byAlpha3(entities));
    RemoteSettings next = read(integration).withLegalEntities(merged);
    store
        .integrations()
        .updateSettings(
            integration.id(),
            doc.withSection(integration.settingsJson(), RemoteSettings.SECTION, next));
    return next;
  }
}
