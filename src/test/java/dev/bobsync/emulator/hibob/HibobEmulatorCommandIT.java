package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts {@code java -jar target/bobsync.jar emulator hibob} as a process and calls it. */
class HibobEmulatorCommandIT {
  private static final Path JAR = Path.of("target/bobsync.jar");

  private final HttpClient http = HttpClient.newHttpClient();
  private Process process;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void servesTheExampleFixture() throws Exception {
    Map<String, String> printed = start("--fixture", "docs/examples/hibob-fixture.json");
    assertThat(printed.get("service user")).isEqualTo("SERVICE-1");
    assertThat(printed.get("token")).isEqualTo("secret");
    JsonNode employees =
        search(printed, "{\"fields\": [\"root.email\"], \"showInactive\": true}").get("employees");
    assertThat(employees.findValuesAsText("email"))
        .containsExactly(
            "ana@acme.example", "jo@acme.example", "mei@acme.example", "lee@acme.example");
  }

  @Test
  void servesAGeneratedCompany() throws Exception {
    Map<String, String> printed = start("--generate", "25", "--seed", "7");
    JsonNode employees = search(printed, "{\"showInactive\": true}").get("employees");
    assertThat(employees).hasSize(25);
  }

  /** Starts the emulator on a free port and returns the "name: value" lines it printed. */
  private Map<String, String> start(String... args) throws Exception {
    assertThat(JAR).as("run mvn package first").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", JAR.toString(), "emulator", "hibob", "--port", "0"));
    command.addAll(List.of(args));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Map<String, String>> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              Map<String, String> lines = new HashMap<>();
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  int colon = line.indexOf(':');
                  if (colon > 0 && !ready.isDone()) {
                    lines.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                  }
                  if (line.startsWith("Ctrl-C")) {
                    ready.complete(lines);
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("exited early: " + lines));
            },
            "emulator-output");
    reader.setDaemon(true);
    reader.start();
    Map<String, String> printed = ready.get(60, TimeUnit.SECONDS);
    assertThat(printed.get("base URL")).matches("http://localhost:\\d+/v1");
    return printed;
  }

  private JsonNode search(Map<String, String> printed, String body) throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (printed.get("service user") + ":" + printed.get("token"))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(printed.get("base URL") + "/people/search"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.newMapper().readTree(r.body());
  }
}
