package io.tributary.poa;

import java.util.TreeSet;

/**
 * The CPU reference: plain, single-threaded, obviously correct. It is the executable form of SPEC.md and every other
 * backend is tested against it.
 */
public final class ReferenceAttributionEngine implements AttributionEngine {
  @Override
  public String name() {
    return "reference";
  }

  @Override
  public String device() {
    return "CPU reference (1 thread)";
  }

  @Override
  public AttributionResult attribute(
      final AttributionParams params, final AttributionBatch batch, final SketchSource sketches) {
    BatchChecks.checkWords(params, batch);
    final int[][] hits = new int[batch.size()][];
    for (int i = 0; i < batch.size(); i++) {
      final Inference inference = batch.inference(i);
      final long[] words = inference.wordHashesUnsafe();
      // duplicate shingles count once: collect them in a set
      final TreeSet<Long> shingles = new TreeSet<>();
      for (int start = 0; start + params.shingleWords() <= words.length; start++) {
        shingles.add(Shingles.fold(words, start, params.shingleWords()));
      }
      hits[i] = new int[inference.candidateCount()];
      for (int c = 0; c < inference.candidateCount(); c++) {
        final SealedSketch sketch = BatchChecks.sketchFor(params, sketches, inference.candidate(c));
        int count = 0;
        for (final long shingle : shingles) {
          if (sketch.contains(shingle)) {
            count++;
          }
        }
        hits[i][c] = count;
      }
    }
    return new AttributionResult(hits);
  }
}
