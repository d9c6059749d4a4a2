package io.tributary.poa;

import java.util.Arrays;

/**
 * One inference as attribution sees it: the word hashes of the output (in order) and the datasets it may have drawn
 * from. The arrays are copied so that a batch cannot change after it is built.
 */
public final class Inference {
  private final long[] wordHashes;
  private final long[] candidates;

  public Inference(final long[] wordHashes, final long[] candidates) {
    final long[] sorted = candidates.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("dataset " + sorted[i] + " is a candidate twice");
      }
    }
    this.wordHashes = wordHashes.clone();
    this.candidates = candidates.clone();
  }

  public long[] wordHashes() {
    return wordHashes.clone();
  }

  public int wordCount() {
    return wordHashes.length;
  }

  long[] wordHashesUnsafe() {
    return wordHashes;
  }

  public int candidateCount() {
    return candidates.length;
  }

  public long candidate(final int index) {
    return candidates[index];
  }
}
