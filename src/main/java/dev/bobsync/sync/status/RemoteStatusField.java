package dev.bobsync.sync.status;

import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.Section;
import java.util.List;
import java.util.Optional;

/**
 * The "Remote status" text field in HiBob's Work section, found by name within the section's
 * category id and created when absent, as the "Sync to Remote" field is (rule R1).
 */
public final class RemoteStatusField {
  public static final String NAME = "Remote status";

  /** The permission writing the field needs, in HiBob's words. */
  public static final String EDIT_PERMISSION =
      Section.WORK.editPermission() + " (needed to write the \"" + NAME + "\" field)";

  /** The permission creating the field needs, in HiBob's words. */
  public static final String CREATE_PERMISSION =
      Section.MANAGE_FIELDS + " (needed to create the \"" + NAME + "\" field)";

  private RemoteStatusField() {}

  public static Optional<FieldMeta> find(List<FieldMeta> metadata) {
    return metadata.stream()
        .filter(f -> Section.WORK.categoryId().equals(f.categoryId()))
        .filter(f -> NAME.equalsIgnoreCase(f.name().trim()))
        .findFirst();
  }

  /** Creates the field and returns its id; HiBob refuses without {@link #CREATE_PERMISSION}. */
  public static String create(HibobClient hibob) {
    return hibob.createField(
        NAME,
        Section.WORK.categoryId(),
        "text",
        "Written by bobsync: the person's sync status to Remote and why");
  }
}
