package io.tributary.poa;

import java.util.Optional;

/** Where the engines find sealed dataset filters: the state in a node, files in the CLI, maps in tests. */
@FunctionalInterface
public interface SketchSource {
  Optional<SealedSketch> sketch(long datasetId);
}
