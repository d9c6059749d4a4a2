package io.tributary.node.cli.dataset;

import io.tributary.core.encoding.DecodingException;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a sketch file written by {@code tributary dataset sketch}, with a message for the user when it is not one. */
final class SketchInput {
  private SketchInput() {}

  static SealedSketch read(final Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such sketch file: " + file);
    }
    try {
      return SketchFile.read(file);
    } catch (final DecodingException e) {
      throw new IllegalArgumentException(file + " is not a sketch file: " + e.getMessage());
    }
  }
}
