package io.tributary.node.cli.run;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "1s", "500ms", "2m" or a plain number of seconds. */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(final String value) {
    final String text = value.trim().toLowerCase(java.util.Locale.ROOT);
    try {
      final Duration duration;
      if (text.endsWith("ms")) {
        duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      } else if (text.endsWith("s")) {
        duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
      } else if (text.endsWith("m")) {
        duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
      } else {
        duration = Duration.ofSeconds(Long.parseLong(text));
      }
      if (duration.toMillis() < 50) {
        throw new TypeConversionException("'" + value + "' is too short: at least 50ms");
      }
      return duration;
    } catch (final NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a duration (e.g. 1s, 500ms, 2m)");
    }
  }
}
