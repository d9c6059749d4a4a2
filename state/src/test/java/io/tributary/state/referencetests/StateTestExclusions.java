package io.tributary.state.referencetests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cases listed in {@code statetest-exclusions.txt}: a glob pattern and the reason, one a line. A reason starting
 * with {@code slow:} marks a case that is correct but too costly for every build: it runs only in the soak build.
 */
final class StateTestExclusions {
  private static final String SLOW = "slow:";

  private record Exclusion(String pattern, Pattern regex, String reason) {
    boolean slow() {
      return reason.startsWith(SLOW);
    }
  }

  private final List<Exclusion> exclusions;

  private StateTestExclusions(final List<Exclusion> exclusions) {
    this.exclusions = List.copyOf(exclusions);
  }

  static StateTestExclusions load(final String resource) {
    final List<Exclusion> exclusions = new ArrayList<>();
    try (InputStream in = StateTestExclusions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("exclusions file " + resource + " is missing");
      }
      final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        final String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        final String[] parts = trimmed.split("\\s+", 2);
        if (parts.length < 2) {
          throw new IllegalStateException(resource + " line " + number + ": an exclusion needs a reason: " + line);
        }
        exclusions.add(new Exclusion(parts[0], glob(parts[0]), parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StateTestExclusions(exclusions);
  }

  /** The reason {@code caseId} is excluded, if a pattern matches it. */
  Optional<String> reasonFor(final String caseId) {
    return find(caseId).map(e -> e.reason + " (excluded by " + e.pattern + ")");
  }

  /** Whether {@code caseId} is listed as too slow to run outside the soak build. */
  boolean isSlow(final String caseId) {
    return find(caseId).map(Exclusion::slow).orElse(false);
  }

  private Optional<Exclusion> find(final String caseId) {
    for (final Exclusion exclusion : exclusions) {
      if (exclusion.regex.matcher(caseId).matches()) {
        return Optional.of(exclusion);
      }
    }
    return Optional.empty();
  }

  int size() {
    return exclusions.size();
  }

  private static Pattern glob(final String pattern) {
    final StringBuilder regex = new StringBuilder();
    for (final String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
