package dev.bobsync.hibob;

import java.util.Arrays;
import java.util.Optional;

/**
 * HiBob's people-data sections, found by category id (rule C3), and the permission names an admin
 * ticks in a permission group, in HiBob's own words (rule C2).
 */
public enum Section {
  ROOT("root", "Basic Info", "Basic info"),
  WORK("work", "Work", "Work"),
  ADDRESS("address", "Address", "Address"),
  PERSONAL_CONTACT("personalContact", "Personal Contact Details", "Personal contact details"),
  WORK_CONTACT("workContact", "Work Contact Details", "Work contact details"),
  EMERGENCY("emergency", "Emergency", "Emergency"),
  IDENTIFICATION("identification", "Identification", "Identification"),
  PAYROLL("payroll", "Payroll", "Payroll"),
  EMPLOYMENT("employment", "Employment", "Employment"),
  PERSONAL("personal", "Personal", "Personal"),
  HOME("home", "Home", "Home"),
  ABOUT("about", "About", "About"),
  USER_DATA("userData", "User Data", "User data"),
  LIFECYCLE("lifecycle", "Lifecycle", "Lifecycle"),
  EQUITY("equity", "Equity", "Equity");

  /** A feature permission the integration needs to create its "Sync to Remote" field. */
  public static final String MANAGE_FIELDS =
      "Features: Settings > Employee Fields > Manage Employee Field Settings";

  /** A feature permission the integration needs to add the field's list items. */
  public static final String EDIT_LISTS = "Features: People > Lists > Edit all lists";

  /** The access right without which leavers are invisible. */
  public static final String LIFECYCLE_ACCESS = "Access rights: Lifecycle status exists";

  private final String categoryId;
  private final String title;
  private final String plural;

  Section(String categoryId, String title, String plural) {
    this.categoryId = categoryId;
    this.title = title;
    this.plural = plural;
  }

  public String categoryId() {
    return categoryId;
  }

  /** The section's default name in HiBob. */
  public String title() {
    return title;
  }

  /** "Payroll > View selected employees' Payroll sections". */
  public String viewPermission() {
    return title + " > View selected employees' " + plural + " sections";
  }

  /** "Identification > Edit selected employees' Identification sections". */
  public String editPermission() {
    return title + " > Edit selected employees' " + plural + " sections";
  }

  /** "Employment > View selected employees' Employment section histories". */
  public String historyPermission() {
    return title + " > View selected employees' " + plural + " section histories";
  }

  public static Optional<Section> byCategoryId(String categoryId) {
    return Arrays.stream(values()).filter(s -> s.categoryId.equals(categoryId)).findFirst();
  }

  /** The view permission of any section, custom ones included, named as the company shows it. */
  public static String viewPermission(String categoryId, String displayName) {
    return byCategoryId(categoryId)
        .map(Section::viewPermission)
        .orElse(displayName + " > View selected employees' " + displayName + " sections");
  }

  /** The edit permission of any section, custom ones included. */
  public static String editPermission(String categoryId, String displayName) {
    return byCategoryId(categoryId)
        .map(Section::editPermission)
        .orElse(displayName + " > Edit selected employees' " + displayName + " sections");
  }
}
