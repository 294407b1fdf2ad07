package dev.bobsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponsesTest {
  private final Faults faults = new Faults(1);
  private final AtomicInteger writes = new AtomicInteger();
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    app =
        Javalin.create(
                config ->
                    config.routes.post(
                        "/write",
                        ctx -> {
                          writes.incrementAndGet();
                          if (faults.takeDrop()) {
                            Responses.dropConnection(ctx);
                            return;
                          }
                          Responses.json(
                              ctx,
                              201,
                              "{\"id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8),
                              faults);
                        }))
            .start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void truncationFaultCutsTheBodyInHalf() throws Exception {
    faults.set(new Faults.Settings(0, 0, 0, 0, 1, 0));
    assertThat(post().body()).isEqualTo("{\"id\":");
    assertThat(post().body()).isEqualTo("{\"id\":\"e-1\"}");
  }

  @Test
  void droppedConnectionKeepsTheWriteButTheCallerSeesAnError() {
    faults.set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    assertThatThrownBy(this::post).isInstanceOf(IOException.class);
    assertThat(writes).hasValue(1);
  }

  private HttpResponse<String> post() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/write"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
