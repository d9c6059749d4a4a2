package io.tributary.poa;

import java.util.List;

/** The inferences of one block, in block order: what validators re-attribute. */
public record AttributionBatch(List<Inference> inferences) {
  public AttributionBatch {
    inferences = List.copyOf(inferences);
  }

  public int size() {
    return inferences.size();
  }

  public Inference inference(final int index) {
    return inferences.get(index);
  }

  /** Total (inference, dataset) pairs. */
  public int pairCount() {
    long pairs = 0;
    for (final Inference inference : inferences) {
      pairs += inference.candidateCount();
    }
    if (pairs > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more than 2^31 - 1 (inference, dataset) pairs");
    }
    return (int) pairs;
  }
}
