package dev.bobsync.sync.plan;

import java.util.Arrays;
import java.util.Optional;

/** The values of HiBob's "Sync to Remote" field (rule R1) and the Remote type each creates. */
public enum SyncType {
  EMPLOYEE("As employee", "employee"),
  CONTRACTOR("As contractor", "contractor"),
  GLOBAL_PAYROLL("As global payroll employee", "global_payroll_employee");

  /** The name of the "Sync to Remote" field the integration creates in HiBob's Work section. */
  public static final String FIELD_NAME = "Sync to Remote";

  private final String hibobItem;
  private final String remoteType;

  SyncType(String hibobItem, String remoteType) {
    this.hibobItem = hibobItem;
    this.remoteType = remoteType;
  }

  /** The list item's name in HiBob. */
  public String hibobItem() {
    return hibobItem;
  }

  /** Remote's employment {@code type}. */
  public String remoteType() {
    return remoteType;
  }

  /** The type named by a list item, ignoring case and surrounding spaces. */
  public static Optional<SyncType> fromHibobItem(String item) {
    if (item == null) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(t -> t.hibobItem.equalsIgnoreCase(item.trim()))
        .findFirst();
  }

  public static Optional<SyncType> fromRemoteType(String type) {
    return Arrays.stream(values()).filter(t -> t.remoteType.equals(type)).findFirst();
  }
}
