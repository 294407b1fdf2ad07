package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.app.App;
import dev.bobsync.connect.Clients;
import dev.bobsync.http.Json;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.LoginThrottle;
import dev.bobsync.web.auth.Passwords;
import io.javalin.Javalin;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes exactly the API routes the service has. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    Set<String> routes = new TreeSet<>();
    try (Store store = Store.open(TestDatabases.h2(dir, MasterKey.generate()), Clock.systemUTC())) {
      App app = new App(store, Clients.standard(Clock.systemUTC()), Clock.systemUTC());
      Authenticator auth =
          new Authenticator(
              store,
              new Passwords(4),
              new LoginThrottle(Clock.systemUTC(), 5, Duration.ofMinutes(1)),
              Clock.systemUTC(),
              Duration.ofHours(1),
              false);
      Javalin web =
          WebApp.create(new WebServices(app, new NoSyncs(), auth), new Metrics(store), c -> {});
      web.unsafe.internalRouter.allHttpHandlers().stream()
          .map(e -> e.endpoint)
          .filter(e -> e.path.startsWith("/api/"))
          .forEach(e -> routes.add(e.method.name().toLowerCase(Locale.ROOT) + " " + e.path));
    }
    Set<String> documented = new TreeSet<>();
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/web/openapi.json")) {
      JsonNode paths = Json.newMapper().readTree(in).path("paths");
      for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
        String path = p.next();
        paths
            .get(path)
            .fieldNames()
            .forEachRemaining(
                method -> {
                  if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method + " " + path);
                  }
                });
      }
    }
    assertThat(routes).isNotEmpty();
    assertThat(documented).isEqualTo(routes);
  }

  private static final class NoSyncs implements SyncControl {
    @Override
    public boolean syncNow(String integrationId, String trigger) {
      return false;
    }

    @Override
    public Optional<Instant> nextRun(String integrationId) {
      return Optional.empty();
    }

    @Override
    public void refresh(String integrationId) {}

    @Override
    public boolean running(String integrationId) {
      return false;
    }
  }
}
