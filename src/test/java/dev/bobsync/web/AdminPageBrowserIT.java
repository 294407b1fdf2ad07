package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.Service;
import dev.bobsync.demo.Demo;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * The admin page in a real browser (Debian's chromium). The main path: log in, add an integration
 * against the emulators, "Sync now", wait for the outcome, find a person's reason. Then every page
 * of the demo at 375 and 1280 px: no sideways scrolling, no raw codes or JSON in sight, the
 * headcount adds up; a screenshot of each in {@code target/screenshots/}.
 */
class AdminPageBrowserIT {
  static final List<Integer> WIDTHS = List.of(375, 1280);
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  ChromeDriver browser;

  @BeforeEach
  void start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String why =
          "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("BOBSYNC_REQUIRE_BROWSER"))) {
        throw new AssertionError(why);
      }
      throw new TestAbortedException(why);
    }
    browser = Pages.chromium(CHROMIUM, DRIVER, dir.resolve("chromium"));
  }

  private void startService() {
    h = SyncHarness.realTime(dir);
    service =
        Service.start(
            h.app,
            new Service.Options(
                0,
                "test",
                false,
                4,
                java.time.Duration.ofMillis(200),
                java.time.Duration.ofSeconds(1)));
    Workspace ws = h.store.workspaces().defaultWorkspace();
    h.store
        .users()
        .create(
            ws.id(), "admin@acme.example", "Ada", new Passwords(4).hash("correct horse battery"));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
      h.close();
    }
  }

  @Test
  void logInAddAnIntegrationSyncNowAndReadAPersonsReason() throws Exception {
    startService();
    WebDriverWait wait = Pages.waiting(browser);
    browser.get(service.url() + "/");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.id("email")).sendKeys("admin@acme.example");
    browser.findElement(By.id("password")).sendKeys("correct horse battery");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Integrations"));

    browser.findElement(By.linkText("Add integration")).click();
    type("name", "Acme");
    type("hibobUrl", h.hibob.baseUrl());
    type("hibobUser", "SERVICE-1");
    type("hibobToken", "hibob-secret-token");
    type("remoteUrl", h.remote.baseUrl());
    type("remoteToken", "ra_test_acm");
    browser.findElement(By.xpath("//button[normalize-space()='Save integration']")).click();
    WebElement refused =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-result .alert")));
    assertThat(refused.getText()).startsWith("Not saved: Remote refused the API token");
    // what was typed stays in the form, tokens included, and never comes back in the HTML
    assertThat(browser.findElement(By.id("hibobToken")).getDomProperty("value"))
        .isEqualTo("hibob-secret-token");
    assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Acme");
    assertThat(browser.getPageSource()).doesNotContain("hibob-secret-token");
    browser.findElement(By.id("remoteToken")).clear();
    type("remoteToken", "ra_test_acme");
    browser.findElement(By.xpath("//button[normalize-space()='Check connection']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#check-result h2"), "Connected"));
    WebElement result = browser.findElement(By.cssSelector("#check-result h2"));
    assertThat(result.getText()).isEqualTo("Connected: everything the sync needs is visible.");
    assertThat(browser.getPageSource()).doesNotContain("hibob-secret-token");
    screenshot("add-integration");
    browser.findElement(By.xpath("//button[normalize-space()='Save integration']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Acme"));

    browser.findElement(By.id("sync-now")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sync-panel"), "Last sync succeeded"));
    screenshot("overview");
    // the finished panel says what changed, each count a link to those people
    assertThat(browser.findElement(By.id("sync-panel")).getText())
        .contains("created in Remote")
        .contains("updated in Remote")
        .contains("waiting")
        .contains("failed");
    List<WebElement> links = browser.findElements(By.cssSelector("#sync-panel .changes a"));
    assertThat(links).as("at least one outcome of the sync has people").isNotEmpty();
    WebElement first = links.get(0);
    int count = Integer.parseInt(first.getText().split(" ")[0]);
    first.click();
    wait.until(ExpectedConditions.urlContains("/people?"));
    assertThat(browser.findElements(By.cssSelector("table.people tbody tr")))
        .hasSize(Math.min(count, 50));
    browser.navigate().back();

    browser.findElement(By.linkText("People")).click();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status")))
        .selectByValue("skipped");
    browser.findElement(By.xpath("//button[normalize-space()='Filter']")).click();
    WebElement olga =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//strong[text()='Olga Petrova']]/td[@class='reason']")));
    assertThat(olga.getText())
        .contains("archived Remote profile")
        .contains("Archived profile in Remote");
    screenshot("people");
  }

  @Test
  void everyPageFitsFrom375To1280PxWithoutSidewaysScrollingAndTheHeadcountAddsUp()
      throws Exception {
    try (Demo demo = startDemo()) {
      String id = demo.app().store().integrations().listActive().get(0).id();
      for (int width : WIDTHS) {
        Pages.width(browser, width);
        browser.manage().deleteAllCookies();
        browser.get(demo.started().url() + "/login");
        check("login", width);
        logIn(demo);
        for (Map.Entry<String, String> page : pages(id).entrySet()) {
          browser.get(demo.started().url() + page.getValue());
          check(page.getKey(), width);
        }
        browser.get(demo.started().url() + "/integrations/" + id + "/compensation");
        headcountAddsUp();
      }
    }
  }

  @Test
  void noPageShowsARawCodeAndTheAuditShowsNoJsonUntilAsked() throws Exception {
    try (Demo demo = startDemo()) {
      String id = demo.app().store().integrations().listActive().get(0).id();
      Pages.width(browser, 1280);
      browser.get(demo.started().url() + "/login");
      logIn(demo);
      SoftAssertions softly = new SoftAssertions();
      for (Map.Entry<String, String> page : pages(id).entrySet()) {
        browser.get(demo.started().url() + page.getValue());
        String text = Pages.visibleText(browser);
        softly.assertThat(Pages.rawCodes(text)).as("raw codes on %s", page.getKey()).isEmpty();
        if (page.getKey().equals("audit")) {
          softly.assertThat(text).as("JSON on the audit tab").doesNotContain("{\"");
        }
      }
      softly.assertAll();
    }
  }

  /** Every page an admin can open, by the name its screenshots carry. */
  private static Map<String, String> pages(String id) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("integrations", "/");
    String base = "/integrations/" + id;
    pages.put("overview", base);
    for (String tab :
        List.of("people", "timeoff", "runs", "compensation", "audit", "settings", "remove")) {
      pages.put(tab, base + "/" + tab);
    }
    pages.put("people-waiting", base + "/people?status=waiting");
    pages.put("add-integration", "/integrations/new");
    pages.put("tokens", "/tokens");
    pages.put("users", "/users");
    pages.put("access", "/access");
    return pages;
  }

  private Demo startDemo() {
    return Demo.start(
        new Demo.Options(200, 7, 0, dir.resolve("demo"), 100_000), Clock.systemUTC(), null);
  }

  private void logIn(Demo demo) {
    browser.get(demo.started().url() + "/login");
    type("email", demo.started().email());
    type("password", demo.started().password());
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    Pages.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Integrations"));
  }

  /** No sideways scrolling; "Log out" in view; a screenshot named after the page and width. */
  private void check(String page, int width) throws Exception {
    Pages.screenshot(browser, page + "-" + width);
    List<Long> w = Pages.widths(browser);
    assertThat(w.get(0))
        .as(
            "%s at %d px scrolls sideways; sticking out: %s",
            page, width, Pages.overflowing(browser))
        .isLessThanOrEqualTo(w.get(1));
    List<WebElement> logout = browser.findElements(By.cssSelector(".logout button"));
    if (!logout.isEmpty()) {
      Object right =
          browser.executeScript(
              "return arguments[0].getBoundingClientRect().right;", logout.get(0));
      assertThat(((Number) right).doubleValue())
          .as("\"Log out\" on %s at %d px", page, width)
          .isLessThanOrEqualTo(width);
    }
  }

  /** start + joined - left = end for every month of the Compensation tab's table. */
  private void headcountAddsUp() {
    List<WebElement> rows = browser.findElements(By.cssSelector("table.headcount tbody tr"));
    assertThat(rows).hasSize(12);
    Integer previous = null;
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      int start = Integer.parseInt(cells.get(1).getText().trim());
      int joined = Integer.parseInt(cells.get(2).getText().trim());
      int left = Integer.parseInt(cells.get(3).getText().trim());
      int end = Integer.parseInt(cells.get(4).getText().trim());
      assertThat(start + joined - left).as(cells.get(0).getText()).isEqualTo(end);
      if (previous != null) {
        assertThat(start)
            .as("%s starts where the month before ended", cells.get(0).getText())
            .isEqualTo(previous);
      }
      previous = end;
    }
    assertThat(rows.get(rows.size() - 1).getText()).contains("not over");
    assertThat(browser.findElements(By.cssSelector("svg.chart .tick"))).hasSizeGreaterThan(2);
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void screenshot(String name) throws Exception {
    Pages.screenshot(browser, "main-path-" + name);
  }
}
