package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a user would and calls the emulator it starts. */
class RemoteEmulatorCommandIT {
  private static final Pattern URL = Pattern.compile("listening on (http://localhost:\\d+)");

  private final LinkedBlockingQueue<String> output = new LinkedBlockingQueue<>();
  private final List<String> startup = new ArrayList<>();
  private Process process;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void servesTheFixturePrintingItsUrlAndEveryCompanyToken() throws Exception {
    String baseUrl = start("--fixture", "docs/examples/remote-fixture.json");
    assertThat(String.join("\n", startup)).contains("ra_test_acme").contains("ra_test_globex");

    Api acme = new Api(baseUrl, "ra_test_acme");
    Api.Answer list = acme.get("/v1/employments");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.data().path("total_count").asInt()).isEqualTo(5);
    assertThat(list.headers().firstValue("x-ratelimit-remaining")).hasValue("19");
    assertThat(
            acme.post(
                    "/v1/employments",
                    TestFixtures.newHire("employee", "nia@personal.example", "2099-01-05"))
                .status())
        .isEqualTo(201);
    assertThat(Api.anonymous(baseUrl).get("/_emulator/state").status()).isEqualTo(200);
  }

  @Test
  void rateLimitOptionOverridesTheFixture() throws Exception {
    Api acme =
        new Api(
            start("--fixture", "docs/examples/remote-fixture.json", "--rate-limit", "2"),
            "ra_test_acme");
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(200);
    assertThat(acme.get("/v1/company-managers").status()).isEqualTo(429);
  }

  @Test
  void withoutAFixtureServesTheDemoCompany() throws Exception {
    String baseUrl = start();
    assertThat(String.join("\n", startup)).contains("ra_test_demo");
    assertThat(
            new Api(baseUrl, "ra_test_demo")
                .get("/v1/employments")
                .data()
                .path("total_count")
                .asInt())
        .isEqualTo(6);
  }

  /** Starts the jar on a free port and returns the base URL it prints. */
  private String start(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", "target/bobsync.jar", "emulator", "remote", "--port", "0"));
    command.addAll(List.of(options));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread reader = new Thread(this::drain, "emulator-output");
    reader.setDaemon(true);
    reader.start();
    while (true) {
      String line = output.poll(60, TimeUnit.SECONDS);
      assertThat(line).as("output of the emulator so far: " + startup).isNotNull();
      startup.add(line);
      if (line.startsWith("Control API")) {
        break;
      }
    }
    Matcher url = URL.matcher(String.join("\n", startup));
    assertThat(url.find()).as(String.join("\n", startup)).isTrue();
    return url.group(1);
  }

  private void drain() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
