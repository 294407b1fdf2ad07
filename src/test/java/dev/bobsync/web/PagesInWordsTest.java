package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.demo.Demo;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.words.RawCodes;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tab of a synced integration reads in words: no enum constant, snake_case code or raw JSON
 * where an admin looks (the demo's company: people in every status, time off, an audit log).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInWordsTest {
  @TempDir static Path dir;
  Demo demo;
  Browser browser;
  String id;

  @BeforeAll
  void start() throws Exception {
    demo = Demo.start(new Demo.Options(120, 7, 0, dir, 100_000), Clock.systemUTC(), null);
    browser = new Browser(demo.started().url());
    assertThat(browser.logIn(demo.started().email(), demo.started().password()).statusCode())
        .isEqualTo(302);
    Store store = demo.app().store();
    Integration i = store.integrations().list(store.workspaces().defaultWorkspace().id()).get(0);
    id = i.id();
  }

  @AfterAll
  void stop() {
    demo.close();
  }

  @Test
  void R11_noPageShowsARawCode() throws Exception {
    Map<String, Integer> statuses = demo.app().store().people().countByStatus(id);
    assertThat(statuses.keySet()).contains("synced", "waiting", "skipped");
    List<String> paths = new ArrayList<>();
    paths.add("/");
    for (String tab :
        List.of("", "/people", "/timeoff", "/runs", "/audit", "/settings", "/compensation")) {
      paths.add("/integrations/" + id + tab);
    }
    statuses.keySet().forEach(s -> paths.add("/integrations/" + id + "/people?status=" + s));
    demo.app()
        .store()
        .timeOff()
        .countByStatus(id)
        .keySet()
        .forEach(s -> paths.add("/integrations/" + id + "/timeoff?status=" + s));
    List<String> found = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> page = browser.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      RawCodes.foundIn(RawCodes.visibleText(page.body()))
          .forEach(code -> found.add(path + ": " + code));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void auditRowsReadAsSentencesWithTheRawJsonOneClickAway() throws Exception {
    String page = browser.get("/integrations/" + id + "/audit").body();
    String visible = RawCodes.visibleText(page);
    assertThat(visible)
        .containsPattern(
            "\\((EOR employee|Global Payroll employee|contractor)\\): created in Remote with")
        .doesNotContain("{\"")
        .doesNotContain("create employment");
    // the raw entry is there, closed, for engineers
    assertThat(page)
        .contains("<details class=\"raw\">")
        .doesNotContain("<details class=\"raw\" open")
        .contains("Raw entry, for engineers")
        .contains("create_employment");
    // the person's name links to their row on the People tab, and to their Remote profile
    assertThat(page)
        .containsPattern("<a href=\"/integrations/" + id + "/people\\?q=[^\"]+\">[^<]+</a>")
        .contains("Remote profile");
    // money in major units: a salary never shows in minor units
    assertThat(visible).doesNotContainPattern("salary \\d{7,} [A-Z]{3}");
  }
}
