package dev.bobsync.web;

import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.plan.SyncType;
import dev.bobsync.sync.timeoff.HibobState;
import dev.bobsync.sync.timeoff.TimeOffReason;
import dev.bobsync.sync.timeoff.TimeOffStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do to a page: size the viewport, measure it, read it, photograph it. */
final class Pages {
  /**
   * Codes of the sync's enums as they must never be read on a page: UPPER_SNAKE and Remote types.
   */
  static final Pattern RAW_CODE =
      Pattern.compile(
          "\\b("
              + Stream.of(
                      Stream.of(Reason.values()).map(Enum::name),
                      Stream.of(TimeOffReason.values()).map(Enum::name),
                      Stream.of(PersonStatus.values()).map(Enum::name),
                      Stream.of(TimeOffStatus.values()).map(Enum::name),
                      Stream.of(HibobState.values()).map(Enum::name),
                      Stream.of(SyncType.values())
                          .map(SyncType::remoteType)
                          .filter(t -> t.contains("_")))
                  .flatMap(s -> s)
                  .distinct()
                  .collect(Collectors.joining("|"))
              + ")\\b");

  private Pages() {}

  static ChromeDriver chromium(Path binary, Path driver, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
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
        "--hide-scrollbars",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
  }

  /**
   * Waits up to 30 s, trying again when the page is replaced under the condition: while a form's
   * answer loads, Chromium may report an element of the old page as "Node with given id does not
   * belong to the document", an error of its own rather than a stale element.
   */
  static WebDriverWait waiting(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Lays pages out {@code width} CSS pixels wide, as a phone or a desktop window would. */
  static void width(ChromeDriver browser, int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** The page's scroll width and client width: equal when nothing sticks out sideways. */
  static List<Long> widths(ChromeDriver browser) {
    @SuppressWarnings("unchecked")
    List<Long> w =
        (List<Long>)
            browser.executeScript(
                "const e = document.scrollingElement;" + " return [e.scrollWidth, e.clientWidth];");
    return w;
  }

  /** Which elements stick out to the right of the viewport, to say what to fix. */
  static String overflowing(ChromeDriver browser) {
    return String.valueOf(
        browser.executeScript(
            "const w = document.documentElement.clientWidth; const out = [];"
                + " for (const e of document.querySelectorAll('body *')) {"
                + "   const r = e.getBoundingClientRect();"
                + "   if (r.right > w + 1 && out.length < 8) out.push(e.tagName + '.' + e.className"
                + "     + ' (' + Math.round(r.right) + ' px)'); }"
                + " return out.join(', ');"));
  }

  /** The text a person sees: closed details and hidden elements are not in it. */
  static String visibleText(ChromeDriver browser) {
    return String.valueOf(browser.executeScript("return document.body.innerText;"));
  }

  /** The raw codes in {@code text}, without repeats. */
  static List<String> rawCodes(String text) {
    Matcher m = RAW_CODE.matcher(text);
    return m.results().map(r -> r.group(1)).distinct().toList();
  }

  /** A PNG of the whole page, not only what fits in the viewport. */
  static void screenshot(ChromeDriver browser, String name) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }
}
