package dev.bobsync.hibob;

import dev.bobsync.http.ApiAuthException;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiProtocolException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a HiBob connection (C1): bad credentials (401) from a service user in no permission group
 * (403), then which needed fields the service user cannot see and what to tick (C2), with sections
 * found by category id (C3).
 */
public final class AccessCheck {
  /** The sections the Remote integration relies on (rule C3). */
  public static final List<Section> REQUIRED_SECTIONS =
      List.of(Section.WORK, Section.ROOT, Section.ADDRESS);

  private final HibobClient client;

  public AccessCheck(HibobClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Reads the metadata, runs one people search (leavers included) asking for {@code needed} (field
   * id to what it is needed for) and reports what came back.
   */
  public AccessReport run(Map<String, String> needed, boolean needsLeavers) {
    List<FieldMeta> metadata;
    Visibility visibility;
    List<String> unknown = new ArrayList<>();
    try {
      metadata = client.fields();
      Map<String, FieldMeta> byId = byId(metadata);
      List<String> asked = new ArrayList<>();
      for (String id : needed.keySet()) {
        (byId.containsKey(id) || id.equals("root.id") ? asked : unknown).add(id);
      }
      visibility = new Visibility(asked);
      client.searchPeople(asked, true, visibility);
    } catch (ApiException e) {
      return failure(e);
    }
    Map<String, FieldMeta> byId = byId(metadata);
    List<AccessReport.Finding> findings = new ArrayList<>();
    Map<String, String> hidden = visibility.hiddenWithPermission(byId);
    hiddenFindings(hidden, needed, findings);
    unknown.forEach(
        id ->
            findings.add(
                new AccessReport.Finding(
                    AccessReport.Severity.MISSING,
                    null,
                    needed.get(id),
                    "HiBob has no field " + id + " (deleted or renamed?).")));
    sectionFindings(metadata, findings);
    if (visibility.employees() == 0) {
      findings.add(
          new AccessReport.Finding(
              AccessReport.Severity.MISSING,
              Section.LIFECYCLE_ACCESS,
              "everyone",
              "HiBob returned no employees to the service user: check the permission group's"
                  + " access rights (Select people by condition: Lifecycle status exists)."));
    } else if (needsLeavers
        && visibility.leavers() == 0
        && !hidden.containsKey("internal.status")) {
      findings.add(
          new AccessReport.Finding(
              AccessReport.Severity.WARNING,
              Section.LIFECYCLE_ACCESS + " (needed to see leavers)",
              "leavers",
              "No leavers are visible. If the company has any, the permission group's access"
                  + " rights must be \"Lifecycle status exists\"."));
    }
    boolean missing =
        findings.stream().anyMatch(f -> f.severity() == AccessReport.Severity.MISSING);
    return new AccessReport(
        missing ? AccessReport.Outcome.INCOMPLETE : AccessReport.Outcome.OK,
        null,
        findings,
        hidden,
        visibility.employees(),
        visibility.leavers(),
        metadata);
  }

  /** C1: what a failed call says about the connection: 401, 403, or unreachable. */
  public static AccessReport failure(ApiException e) {
    if (e instanceof ApiAuthException auth) {
      return auth.badCredentials()
          ? AccessReport.failed(
              AccessReport.Outcome.BAD_CREDENTIALS,
              "HiBob refused the service user id or token (401). Check both; a token that was"
                  + " reset must be entered again.")
          : AccessReport.failed(
              AccessReport.Outcome.NO_PERMISSION_GROUP,
              "HiBob accepted the credentials but denies every call (403): the service user is"
                  + " in no permission group of the type \"Service user\" (a group of the type"
                  + " Employee or Admin does not count). In HiBob, open Settings > Account >"
                  + " Permission groups, create a group with the type \"Service user\" and add"
                  + " the service user to it.");
    }
    if (e instanceof ApiProtocolException protocol && protocol.notJson()) {
      return AccessReport.failed(
          AccessReport.Outcome.UNREACHABLE,
          "HiBob answered with a web page, not its API: this looks like HiBob's web address; the"
              + " API is at "
              + HIBOB_API
              + " (sandbox: https://api.sandbox.hibob.com/v1).");
    }
    if (e.status() == 0) {
      return AccessReport.failed(
          AccessReport.Outcome.UNREACHABLE,
          "HiBob could not be reached: "
              + e.getMessage()
              + ". Check the API address (normally "
              + HIBOB_API
              + ") and the network.");
    }
    return AccessReport.failed(AccessReport.Outcome.UNREACHABLE, e.getMessage());
  }

  /** HiBob's production API address. */
  public static final String HIBOB_API = "https://api.hibob.com/v1";

  private static void hiddenFindings(
      Map<String, String> hidden, Map<String, String> needed, List<AccessReport.Finding> findings) {
    Map<String, List<String>> byPermission = new LinkedHashMap<>();
    hidden.forEach(
        (id, permission) ->
            byPermission.computeIfAbsent(permission, k -> new ArrayList<>()).add(id));
    byPermission.forEach(
        (permission, ids) -> {
          String purposes =
              ids.stream().map(needed::get).distinct().collect(Collectors.joining(", "));
          findings.add(
              new AccessReport.Finding(
                  AccessReport.Severity.MISSING,
                  permission,
                  purposes,
                  "Not visible: " + String.join(", ", ids) + " (needed for " + purposes + ")."));
        });
  }

  private static void sectionFindings(
      List<FieldMeta> metadata, List<AccessReport.Finding> findings) {
    for (Section section : REQUIRED_SECTIONS) {
      var field =
          metadata.stream().filter(f -> f.categoryId().equals(section.categoryId())).findFirst();
      if (field.isEmpty()) {
        findings.add(
            new AccessReport.Finding(
                AccessReport.Severity.MISSING,
                null,
                section.title(),
                "HiBob has no \""
                    + section.title()
                    + "\" section (category "
                    + section.categoryId()
                    + ")."));
      } else if (field.get().categoryDisplayName() != null
          && !field.get().categoryDisplayName().equalsIgnoreCase(section.title())) {
        findings.add(
            new AccessReport.Finding(
                AccessReport.Severity.INFO,
                null,
                null,
                "The \""
                    + section.title()
                    + "\" section is named \""
                    + field.get().categoryDisplayName()
                    + "\" in this HiBob. bobsync finds sections by their id, so this works as is."));
      }
    }
  }

  private static Map<String, FieldMeta> byId(List<FieldMeta> metadata) {
    return metadata.stream()
        .collect(
            Collectors.toMap(FieldMeta::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
