package io.tributary.node;

import java.util.Map;

/**
 * Chooses the log format before the first logger exists: {@code TRIBUTARY_LOG_FORMAT=json} points logback at
 * {@code logback-json.xml} (one JSON object per line), {@code text} or nothing keeps {@code logback.xml}.
 */
final class LogFormat {
  static final String ENVIRONMENT = "TRIBUTARY_LOG_FORMAT";

  private LogFormat() {}

  /** Sets logback's configuration for {@code environment}; returns why the value is refused, or null. */
  static String select(final Map<String, String> environment) {
    final String format = environment.getOrDefault(ENVIRONMENT, "text").trim();
    if (format.isEmpty() || format.equals("text")) {
      return null;
    }
    if (format.equals("json")) {
      if (System.getProperty("logback.configurationFile") == null) {
        System.setProperty("logback.configurationFile", "logback-json.xml");
      }
      return null;
    }
    return ENVIRONMENT + " is text or json, not '" + format + "'";
  }
}
