package dev.bobsync.web.pages;

import dev.bobsync.store.Integration;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.LastSync;
import dev.bobsync.web.WebServices;
import java.util.List;
import java.util.Optional;

/** Builds what the page shows of an integration from the store and the scheduler. */
final class IntegrationViews {
  private final WebServices web;

  IntegrationViews(WebServices web) {
    this.web = web;
  }

  IntegrationView of(Integration i) {
    List<SyncRun> recent = web.store().runs().recent(i.id(), 10);
    // A run the store still calls running but no instance runs died with its process: not shown.
    SyncRun running =
        web.syncs().running(i.id())
            ? recent.stream().filter(SyncRun::running).findFirst().orElse(null)
            : null;
    SyncRun last = LastSync.of(recent);
    return new IntegrationView(
        i,
        running,
        last,
        web.syncs().nextRun(i.id()).orElse(null),
        web.store().people().countByStatus(i.id()),
        CheckView.stored(i.lastCheckJson(), i.lastCheckAt(), web.json()),
        recent.stream()
            .filter(r -> !r.running() && "remote".equals(r.kind()))
            .findFirst()
            .map(r -> RunChanges.of(r, web.json()))
            .orElse(null));
  }

  Optional<IntegrationView> byId(String workspaceId, String id) {
    return web.store()
        .integrations()
        .byId(id)
        .filter(i -> i.workspaceId().equals(workspaceId) && !i.removed())
        .map(this::of);
  }
}
