package io.tributary.rpc.results;

import java.util.Locale;

/** The gov_ methods' names for the module's enums: lower camel case of the constant, e.g. NO_WITH_VETO is noWithVeto. */
public final class GovNames {
  private GovNames() {}

  public static String of(final Enum<?> value) {
    final String[] parts = value.name().toLowerCase(Locale.ROOT).split("_");
    final StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return name.toString();
  }
}
