package dev.bobsync.compensation;

/**
 * One field of HiBob's metadata, as the catalogue shows it (rule V5).
 *
 * @param category the section's name as the company shows it
 * @param custom whether the company created it (in a standard or a custom section)
 * @param customSection whether its section is one the company created
 * @param visible whether the service user sees it; {@code null} when no one came back to tell
 * @param permission for a hidden field, what to tick in HiBob (Edit too for sensitive fields)
 * @param chosen whether the compensation profile exports it as a column
 */
public record CatalogueEntry(
    String id,
    String name,
    String categoryId,
    String category,
    String type,
    boolean custom,
    boolean customSection,
    boolean sensitive,
    Boolean visible,
    String permission,
    boolean chosen) {}
