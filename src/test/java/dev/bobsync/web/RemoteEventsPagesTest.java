package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.App;
import dev.bobsync.app.Service;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.Passwords;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Remote events" panel of the Settings tab, with and without a public URL. */
class RemoteEventsPagesTest {
  static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  Browser browser;

  void start(Optional<URI> publicUrl) throws Exception {
    h = SyncHarness.realTime(dir);
    App app = new App(h.store, h.app.clients(), h.app.clock(), publicUrl);
    service =
        Service.start(
            app,
            new Service.Options(
                0, "test", false, 4, Duration.ofMillis(200), Duration.ofSeconds(1)));
    browser = new Browser(service.url());
    Workspace ws = h.store.workspaces().defaultWorkspace();
    h.store.users().create(ws.id(), "admin@acme.example", "Ada", new Passwords(4).hash(PASSWORD));
    assertThat(browser.logIn("admin@acme.example", PASSWORD).statusCode()).isEqualTo(302);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    if (h != null) {
      h.close();
    }
  }

  @Test
  void withoutAPublicUrlThePanelSaysRemoteEventsAreOffAndPollingCoversThem() throws Exception {
    start(Optional.empty());
    String id = addIntegration();

    assertThat(browser.get("/integrations/" + id + "/settings").body())
        .contains("hx-get=\"/integrations/" + id + "/remote-events\"");
    String panel = browser.get("/integrations/" + id + "/remote-events").body();

    assertThat(panel).contains("Remote events are off").contains("BOBSYNC_PUBLIC_URL");
    assertThat(panel).doesNotContain("Register again");
    assertThat(h.remote.webhookCallbackIds(SyncHarness.COMPANY)).isEmpty();
  }

  @Test
  void withAPublicUrlConnectingRegistersAndRegisterAgainReplacesTheCallback() throws Exception {
    start(Optional.of(URI.create("https://bobsync.example.com")));
    String id = addIntegration();
    var first = h.remote.webhookCallbackIds(SyncHarness.COMPANY);
    assertThat(first).hasSize(1);

    String panel = browser.get("/integrations/" + id + "/remote-events").body();
    assertThat(panel)
        .contains("https://bobsync.example.com/webhooks/remote/" + id)
        .contains("Register again");
    assertThat(panel).doesNotContain(h.store.remoteCallbacks().signingKey(id).orElseThrow());

    HttpResponse<String> again =
        browser.postHtmx("/integrations/" + id + "/remote-events", Map.of());

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Remote sends its events to");
    var second = h.remote.webhookCallbackIds(SyncHarness.COMPANY);
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);

    browser.get("/integrations/" + id + "/remove");
    HttpResponse<String> removed =
        browser.post("/integrations/" + id + "/remove", Map.of("confirm", "yes"));
    assertThat(removed.headers().firstValue("Location")).contains("/?done=removed");
    assertThat(h.remote.webhookCallbackIds(SyncHarness.COMPANY)).isEmpty();
  }

  private String addIntegration() throws Exception {
    Map<String, String> form = new HashMap<>();
    form.put("name", "acme");
    form.put("hibobUrl", h.hibob.baseUrl());
    form.put("hibobUser", "SERVICE-1");
    form.put("hibobToken", "hibob-secret-token");
    form.put("remoteUrl", h.remote.baseUrl());
    form.put("remoteToken", "ra_test_acme");
    form.put("interval", "60");
    browser.get("/integrations/new");
    HttpResponse<String> saved = browser.post("/integrations", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    return location.substring("/integrations/".length(), location.indexOf('?'));
  }
}
