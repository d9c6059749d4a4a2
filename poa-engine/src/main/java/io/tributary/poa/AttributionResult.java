package io.tributary.poa;

import java.util.Arrays;

/** hits(i, c): distinct shingles of inference i found in the filter of its c-th candidate dataset. */
public final class AttributionResult {
  private final int[][] hits;

  public AttributionResult(final int[][] hits) {
    this.hits = new int[hits.length][];
    for (int i = 0; i < hits.length; i++) {
      this.hits[i] = hits[i].clone();
    }
  }

  public int inferenceCount() {
    return hits.length;
  }

  public int hits(final int inference, final int candidate) {
    return hits[inference][candidate];
  }

  /** The hits of one inference, one per candidate in candidate order. */
  public int[] hitsOf(final int inference) {
    return hits[inference].clone();
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof AttributionResult that && Arrays.deepEquals(hits, that.hits);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(hits);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(hits);
  }
}
