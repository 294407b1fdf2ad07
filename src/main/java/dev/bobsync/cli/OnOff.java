package dev.bobsync.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "on"/"off" (and yes/no, true/false) for switches that can be turned either way. */
final class OnOff implements ITypeConverter<Boolean> {
  @Override
  public Boolean convert(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> true;
      case "off", "no", "false" -> false;
      default -> throw new TypeConversionException("expected on or off, not \"" + value + "\"");
    };
  }
}
