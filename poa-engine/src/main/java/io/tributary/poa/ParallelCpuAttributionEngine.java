package io.tributary.poa;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * All pairs of a batch in parallel on a fork-join pool. Each pair writes only its own slot, so the result does not
 * depend on scheduling.
 */
public final class ParallelCpuAttributionEngine implements AttributionEngine {
  private final ForkJoinPool pool;
  private final boolean ownsPool;

  /** On a pool of its own with one thread per available processor. */
  public ParallelCpuAttributionEngine() {
    this(new ForkJoinPool(Runtime.getRuntime().availableProcessors()), true);
  }

  public ParallelCpuAttributionEngine(final ForkJoinPool pool) {
    this(pool, false);
  }

  private ParallelCpuAttributionEngine(final ForkJoinPool pool, final boolean ownsPool) {
    this.pool = pool;
    this.ownsPool = ownsPool;
  }

  @Override
  public String name() {
    return "cpu-parallel";
  }

  @Override
  public String device() {
    return "CPU fork-join (" + pool.getParallelism() + " threads)";
  }

  @Override
  public AttributionResult attribute(
      final AttributionParams params, final AttributionBatch batch, final SketchSource sketches) {
    final PreparedBatch prepared = PreparedBatch.prepare(params, batch, sketches);
    final int[] pairHits = new int[prepared.pairCount()];
    final int probes = params.probes();
    pool.submit(() -> IntStream.range(0, pairHits.length).parallel().forEach(p -> {
      final SealedSketch sketch = prepared.datasets.get(prepared.pairDataset[p]);
      final int inference = prepared.pairInference[p];
      final long[] words = sketch.words();
      final int bits = sketch.bits();
      int count = 0;
      for (int s = prepared.shingleStart[inference]; s < prepared.shingleStart[inference + 1]; s++) {
        if (BloomProbes.contains(words, bits, probes, prepared.shingles[s])) {
          count++;
        }
      }
      pairHits[p] = count;
    })).join();
    return prepared.result(pairHits);
  }

  @Override
  public void close() {
    if (ownsPool) {
      pool.shutdown();
    }
  }
}
