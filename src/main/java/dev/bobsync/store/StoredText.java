package dev.bobsync.store;

/**
 * Text as the store can keep it on H2 and PostgreSQL alike: no control characters (PostgreSQL
 * refuses NUL), no lone surrogate halves, and no longer than its column. A person's odd name is
 * then shown a little shortened instead of failing the save of everyone in the batch.
 */
final class StoredText {
  private StoredText() {}

  static String fit(String s, int maxChars) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), maxChars));
    int i = 0;
    for (; i < s.length() && b.length() < maxChars; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (b.length() + 2 > maxChars) {
          break;
        }
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else if (c < 0x20 || c == 0x7F) {
        if (c == '\n' || c == '\t') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
    if (i < s.length()) {
      int keep = Math.min(b.length(), maxChars - 1);
      if (keep > 0 && Character.isHighSurrogate(b.charAt(keep - 1))) {
        keep--;
      }
      b.setLength(keep);
      b.append('\u2026');
    }
    return b.toString();
  }
}
