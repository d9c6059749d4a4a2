package io.tributary.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates ../shared/ethereum-tests (the build passes it as the {@code ethereum.tests.dir} system property). A missing
 * vector directory fails the test run: a conformance suite that silently runs nothing proves nothing.
 */
public final class EthereumTestVectors {
  private EthereumTestVectors() {}

  /** The ethereum-tests root. */
  public static Path root() {
    final String configured = System.getProperty("ethereum.tests.dir");
    final Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "ethereum-tests");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("ethereum/tests vectors not found at " + dir.toAbsolutePath()
          + " (expected ../shared/ethereum-tests beside the checkout, or -Dethereum.tests.dir=...)");
    }
    return dir;
  }

  /** A sub-directory such as "TrieTests", which must exist. */
  public static Path dir(final String name) {
    final Path dir = root().resolve(name);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("ethereum/tests directory missing: " + dir.toAbsolutePath());
    }
    return dir;
  }

  /** Every {@code .json} file under {@code name}, recursively, in sorted order (stable test names). */
  public static List<Path> jsonFiles(final String name) {
    try (Stream<Path> files = Files.walk(dir(name))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
