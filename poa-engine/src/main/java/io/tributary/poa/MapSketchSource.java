package io.tributary.poa;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fixed set of sketches keyed by dataset id. */
public final class MapSketchSource implements SketchSource {
  private final Map<Long, SealedSketch> sketches;

  public MapSketchSource(final Map<Long, SealedSketch> sketches) {
    this.sketches = new TreeMap<>(sketches);
  }

  @Override
  public Optional<SealedSketch> sketch(final long datasetId) {
    return Optional.ofNullable(sketches.get(datasetId));
  }
}
