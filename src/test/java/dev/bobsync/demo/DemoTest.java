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
  void theDemoStartsSyncedOnceWithTimeOffBookedAndEveryStatusAndServesItsPage() throws Exception {
    try (Demo demo = Demo.start(new Demo.Options(60, 7, 0, dir, 1000), Clock.systemUTC(), null)) {
      Demo.Started s = demo.started();
      assertThat(s.firstSync().error()).isNull();
      assertThat(s.firstSync().counts().created()).isPositive();
      assertThat(s.firstTimeOff()).isNotNull();
      assertThat(s.firstTimeOff().error()).isNull();
      // people active in Remote with approved requests are booked by the first sync
      assertThat(s.firstTimeOff().counts().booked()).isGreaterThanOrEqualTo(4);
      assertThat(s.firstTimeOff().requests())
          .filteredOn(r -> r.status() == dev.bobsync.sync.timeoff.TimeOffStatus.BOOKED)
          .allSatisfy(r -> assertThat(r.remoteTimeOffId()).isNotBlank());
      // and the Time off tab shows every other status too: one booking was cancelled since
      String id = demo.app().store().integrations().listActive().get(0).id();
      assertThat(demo.app().store().timeOff().countByStatus(id))
          .containsOnlyKeys("booked", "cancelled", "waiting", "skipped", "failed")
          .allSatisfy((status, n) -> assertThat(n).as(status).isPositive());
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
