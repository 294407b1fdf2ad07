package dev.bobsync.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.app.Service;
import dev.bobsync.store.Workspace;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.web.auth.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * The admin page's main path in a real browser (Debian's chromium): log in, add an integration
 * against the emulators, "Sync now", wait for the outcome, find a person's reason.
 */
class AdminPageBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;
  SyncHarness h;
  Service service;
  WebDriver browser;

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
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--user-data-dir=" + dir.resolve("chromium"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
            options);
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
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void screenshot(String name) throws Exception {
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
