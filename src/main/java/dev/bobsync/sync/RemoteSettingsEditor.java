package dev.bobsync.sync;

import dev.bobsync.BobsyncException;
import dev.bobsync.connect.Clients;
import dev.bobsync.http.Json;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SettingsDocument;
import dev.bobsync.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Changes the Remote sync's settings of a stored integration. */
public final class RemoteSettingsEditor {
  private final Store store;
  private final Clients clients;
  private final SettingsDocument doc = new SettingsDocument(Json.newMapper());

  /** An editor that cannot ask Remote: legal entity choices are stored unchecked. */
  public RemoteSettingsEditor(Store store) {
    this(store, null);
  }

  /** An editor that checks legal entity choices against Remote's list. */
  public RemoteSettingsEditor(Store store, Clients clients) {
    this.store = Objects.requireNonNull(store, "store");
    this.clients = clients;
  }

  /**
   * Lists Remote's legal entities again (and finds the company, once) and keeps them in the
   * integration's settings.
   */
  public RemoteSettings refreshLegalEntities(Integration integration) {
    Objects.requireNonNull(clients, "clients");
    RemoteSettings current = read(integration);
    Credentials creds = store.integrations().credentials(integration.id());
    RemoteClient remote =
        clients
            .remote(integration, creds, current.remotePerMinute())
            .orElseThrow(
                () ->
                    new BobsyncException(
                        "The integration \"" + integration.name() + "\" has no Remote connection"));
    RemoteSettings next = RemoteCompany.discover(remote, current);
    save(integration, next);
    return next;
  }

  private void save(Integration integration, RemoteSettings next) {
    Integration fresh = store.integrations().byId(integration.id()).orElse(integration);
    store
        .integrations()
        .updateSettings(
            integration.id(), doc.withSection(fresh.settingsJson(), RemoteSettings.SECTION, next));
  }

  /** Refuses ids Remote does not know, when this editor can ask Remote. */
  private RemoteSettings checked(Integration integration, Map<String, String> chosen) {
    if (clients == null || chosen.isEmpty()) {
      return read(integration);
    }
    RemoteSettings fresh = refreshLegalEntities(integration);
    RemoteCompany.checkChoices(fresh, chosen);
    return fresh;
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
    Map<String, String> chosen = RemoteSettings.byAlpha3(entities);
    RemoteSettings next = checked(integration, chosen).withLegalEntities(chosen);
    save(integration, next);
    return next;
  }

  /**
   * Sets the legal entities of some countries (alpha-3 codes or country names, {@code *} for any).
   */
  public RemoteSettings addLegalEntities(Integration integration, Map<String, String> entities) {
    Map<String, String> chosen = RemoteSettings.byAlpha3(entities);
    RemoteSettings current = checked(integration, chosen);
    Map<String, String> merged = new LinkedHashMap<>(current.legalEntities());
    merged.putAll(chosen);
    RemoteSettings next = current.withLegalEntities(merged);
    save(integration, next);
    return next;
  }
}
