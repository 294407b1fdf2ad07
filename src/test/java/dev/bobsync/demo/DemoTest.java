package dev.bobsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command: both emulators, a synced integration, the page, in one process. */
class DemoTest {
  @TempDir Path dir;

  @Test
  void theDemoStartsSyncedOnceWithTimeOffAndServesItsPage() throws Exception {
    try (Demo demo = Demo.start(new Demo.Options(60, 7, 0, dir, 1000), Clock.systemUTC(), null)) {
      Demo.Started s = demo.started();
      assertThat(s.firstSync().error()).isNull();
      assertThat(s.firstSync().counts().created()).isPositive();
      assertThat(s.firstTimeOff()).isNotNull();
      assertThat(s.firstTimeOff().error()).isNull();
      assertThat(s.password()).isNotBlank();
      HttpResponse<String> login =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(s.url() + "/login")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("Log in").contains("name=\"_csrf\"");
    }
  }
}
