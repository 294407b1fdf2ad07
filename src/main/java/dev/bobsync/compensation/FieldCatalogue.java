package dev.bobsync.compensation;

import dev.bobsync.hibob.AccessCheck;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.Section;
import dev.bobsync.hibob.Visibility;
import dev.bobsync.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every field HiBob's metadata lists, custom ones and custom sections included, with whether the
 * service user can see it and, if not, which permission to add (rule V5). Visibility is learned
 * from a people search asking for every field (leavers included), 400 ids per search.
 */
public final class FieldCatalogue {
  private static final Pattern CUSTOM_ID = Pattern.compile("(^|\\.)field_\\d+$");

  /**
   * The catalogue, or why it could not be read.
   *
   * @param problem why HiBob answered nothing (401, 403, unreachable), or {@code null}
   * @param employees how many people the service user sees
   */
  public record Result(
      AccessReport.Outcome outcome, String problem, List<CatalogueEntry> entries, int employees) {
    public Result {
      entries = List.copyOf(entries);
    }
  }

  private final HibobClient hibob;

  public FieldCatalogue(HibobClient hibob) {
    this.hibob = Objects.requireNonNull(hibob, "hibob");
  }

  /** Reads the metadata and one search per 400 fields. */
  public Result read(CompensationProfile profile) {
    Objects.requireNonNull(profile, "profile");
    List<FieldMeta> metadata;
    List<String> hidden = new ArrayList<>();
    int employees = 0;
    try {
      metadata = hibob.fields();
      List<String> ids = metadata.stream().map(FieldMeta::id).distinct().toList();
      for (int from = 0; from < ids.size(); from += HibobClient.MAX_FIELDS) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + HibobClient.MAX_FIELDS));
        Visibility part = new Visibility(chunk);
        hibob.searchPeople(chunk, true, part);
        hidden.addAll(part.hidden());
        employees = Math.max(employees, part.employees());
      }
    } catch (ApiException e) {
      AccessReport failed = AccessCheck.failure(e);
      return new Result(failed.outcome(), failed.problem(), List.of(), 0);
    }
    return new Result(
        AccessReport.Outcome.OK,
        null,
        entries(metadata, hidden, employees > 0, profile),
        employees);
  }

  /** The entries, given which field ids came back for no one. Pure. */
  public static List<CatalogueEntry> entries(
      List<FieldMeta> metadata, List<String> hidden, boolean anyone, CompensationProfile profile) {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(hidden, "hidden");
    Objects.requireNonNull(profile, "profile");
    List<String> chosen = new ArrayList<>();
    profile.customFields().forEach(c -> chosen.add(c.id()));
    if (profile.gender()) {
      chosen.add(profile.genderField());
    }
    List<CatalogueEntry> entries = new ArrayList<>();
    for (FieldMeta f : metadata) {
      boolean customSection = Section.byCategoryId(f.categoryId()).isEmpty();
      Boolean visible = anyone ? !hidden.contains(f.id()) : null;
      entries.add(
          new CatalogueEntry(
              f.id(),
              f.name(),
              f.categoryId(),
              f.categoryDisplayName() == null ? f.categoryId() : f.categoryDisplayName(),
              f.type(),
              f.custom() || customSection || CUSTOM_ID.matcher(f.id()).find(),
              customSection,
              f.sensitive(),
              visible,
              Boolean.TRUE.equals(visible) ? null : Visibility.permissionFor(f),
              chosen.contains(f.id())));
    }
    return entries;
  }

  /** The fields of a catalogue, by id. */
  public static Map<String, CatalogueEntry> byId(List<CatalogueEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(CatalogueEntry::id, Function.identity(), (a, b) -> a));
  }
}
