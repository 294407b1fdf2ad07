package dev.bobsync.words;

import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.sync.PersonResult;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.plan.SyncType;
import dev.bobsync.sync.timeoff.HibobState;
import dev.bobsync.sync.timeoff.RequestResult;
import dev.bobsync.sync.timeoff.TimeOffReason;
import dev.bobsync.sync.timeoff.TimeOffStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes no admin should read: every constant of the enums behind what the page and the CLI
 * show, as UPPER_SNAKE and (when it has an underscore) as lower snake, plus Remote's employment
 * types and statuses and the audit log's actions. Single ordinary words in lower case ("synced",
 * "employee") are words, not codes, and so are "NAME" (a CLI column) and "SSN".
 */
public final class RawCodes {
  private static final Set<String> ORDINARY = Set.of("NAME", "SSN");
  private static final List<String> AUDIT_ACTIONS =
      List.of(
          "create_employment",
          "update_employment",
          "link_employment",
          "link_and_update_employment",
          "create_department",
          "create_timeoff",
          "cancel_timeoff",
          "create_field",
          "add_list_item");

  private RawCodes() {}

  /** Every code, each once. */
  public static Set<String> all() {
    Set<String> codes = new LinkedHashSet<>();
    List<Enum<?>> constants = new ArrayList<>();
    constants.addAll(List.of(PersonStatus.values()));
    constants.addAll(List.of(Reason.values()));
    constants.addAll(List.of(SyncType.values()));
    constants.addAll(List.of(Field.values()));
    constants.addAll(List.of(TimeOffStatus.values()));
    constants.addAll(List.of(TimeOffReason.values()));
    constants.addAll(List.of(HibobState.values()));
    constants.addAll(List.of(PersonResult.Action.values()));
    constants.addAll(List.of(RequestResult.Action.values()));
    for (Enum<?> e : constants) {
      String name = e.name();
      if (!ORDINARY.contains(name)) {
        codes.add(name);
      }
      if (name.contains("_")) {
        codes.add(name.toLowerCase(Locale.ROOT));
      }
    }
    for (SyncType t : SyncType.values()) {
      if (t.remoteType().contains("_")) {
        codes.add(t.remoteType());
      }
    }
    for (EmploymentStatus s : EmploymentStatus.values()) {
      String wire = s.name().toLowerCase(Locale.ROOT);
      if (wire.contains("_")) {
        codes.add(wire);
      }
    }
    codes.addAll(AUDIT_ACTIONS);
    return codes;
  }

  /** The codes {@code text} shows as whole words (case-sensitive), each with its surroundings. */
  public static List<String> foundIn(String text) {
    List<String> found = new ArrayList<>();
    for (String code : all()) {
      Matcher m =
          Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(code) + "(?![A-Za-z0-9_-])")
              .matcher(text);
      if (m.find()) {
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(text.length(), m.end() + 60);
        found.add(code + " in \"…" + text.substring(from, to).replace('\n', ' ') + "…\"");
      }
    }
    return found;
  }

  /**
   * A page's visible text: without the raw entries kept for engineers ({@code <details
   * class="raw">}), scripts, styles and tags; entities decoded.
   */
  public static String visibleText(String html) {
    String text =
        html.replaceAll("(?is)<details class=\"raw\">.*?</details>", " ")
            .replaceAll("(?is)<script.*?</script>", " ")
            .replaceAll("(?is)<style.*?</style>", " ")
            .replaceAll("(?s)<!--.*?-->", " ")
            .replaceAll("(?s)<[^>]*>", " ");
    return text.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
