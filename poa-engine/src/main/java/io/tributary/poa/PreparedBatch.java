package io.tributary.poa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A batch flattened into primitive arrays for the parallel backends: each inference's distinct shingles, each distinct
 * candidate dataset once, and one (inference, dataset) entry per pair in inference-then-candidate order.
 */
final class PreparedBatch {
  final int[] candidateCounts;
  final long[] shingles;
  final int[] shingleStart;
  final List<SealedSketch> datasets;
  final int[] pairInference;
  final int[] pairDataset;

  private PreparedBatch(final int[] candidateCounts, final long[] shingles, final int[] shingleStart,
      final List<SealedSketch> datasets, final int[] pairInference, final int[] pairDataset) {
    this.candidateCounts = candidateCounts;
    this.shingles = shingles;
    this.shingleStart = shingleStart;
    this.datasets = datasets;
    this.pairInference = pairInference;
    this.pairDataset = pairDataset;
  }

  static PreparedBatch prepare(
      final AttributionParams params, final AttributionBatch batch, final SketchSource sketches) {
    BatchChecks.checkWords(params, batch);
    final int inferences = batch.size();
    final long[][] perInference = new long[inferences][];
    final int[] shingleStart = new int[inferences + 1];
    final int[] candidateCounts = new int[inferences];
    // each inference writes only its own slot, so the parallel fold is deterministic
    IntStream.range(0, inferences).parallel().forEach(i ->
        perInference[i] = Shingles.distinct(batch.inference(i).wordHashesUnsafe(), params.shingleWords()));
    for (int i = 0; i < inferences; i++) {
      shingleStart[i + 1] = shingleStart[i] + perInference[i].length;
      candidateCounts[i] = batch.inference(i).candidateCount();
    }
    final long[] shingles = new long[shingleStart[inferences]];
    for (int i = 0; i < inferences; i++) {
      System.arraycopy(perInference[i], 0, shingles, shingleStart[i], perInference[i].length);
    }
    // each dataset once, indexed in first-seen order (a TreeMap by id only to look up; no iteration over it)
    final Map<Long, Integer> index = new TreeMap<>();
    final List<SealedSketch> datasets = new ArrayList<>();
    final int pairs = batch.pairCount();
    final int[] pairInference = new int[pairs];
    final int[] pairDataset = new int[pairs];
    int p = 0;
    for (int i = 0; i < inferences; i++) {
      final Inference inference = batch.inference(i);
      for (int c = 0; c < inference.candidateCount(); c++) {
        final long id = inference.candidate(c);
        Integer d = index.get(id);
        if (d == null) {
          d = datasets.size();
          index.put(id, d);
          datasets.add(BatchChecks.sketchFor(params, sketches, id));
        }
        pairInference[p] = i;
        pairDataset[p] = d;
        p++;
      }
    }
    return new PreparedBatch(candidateCounts, shingles, shingleStart, datasets, pairInference, pairDataset);
  }

  int pairCount() {
    return pairInference.length;
  }

  /** Regroups per-pair hits into the result shape. */
  AttributionResult result(final int[] pairHits) {
    final int[][] hits = new int[candidateCounts.length][];
    int p = 0;
    for (int i = 0; i < candidateCounts.length; i++) {
      hits[i] = new int[candidateCounts[i]];
      for (int c = 0; c < candidateCounts[i]; c++) {
        hits[i][c] = pairHits[p++];
      }
    }
    return new AttributionResult(hits);
  }
}
