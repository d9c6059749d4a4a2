package io.tributary.poa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded block for benchmarks: {@code datasets} sketches of 2^bits bits, and {@code inferences} outputs of
 * {@code words} words that each quote a span of one dataset's corpus and list every dataset as a candidate.
 */
public record SyntheticBlock(AttributionParams params, AttributionBatch batch, SketchSource sketches, long lookups) {
  public static SyntheticBlock generate(final AttributionParams params, final int inferences, final int datasets,
      final int words, final int bits, final long seed) {
    final SplittableRandom random = new SplittableRandom(seed);
    final Map<Long, SealedSketch> sketches = new LinkedHashMap<>();
    final List<long[]> corpora = new ArrayList<>();
    // fill each filter to about a quarter of its bits: realistic, and within the half-full sealing rule
    final long shinglesPerDataset = Math.max(1, (1L << bits) / (4L * params.probes()));
    for (int d = 0; d < datasets; d++) {
      final SketchBuilder builder = new SketchBuilder(bits, params);
      final long[] corpus = randomWords(random, (int) Math.min(shinglesPerDataset + params.shingleWords(), 1 << 22));
      builder.addDocument(corpus);
      corpora.add(corpus);
      sketches.put((long) d, builder.seal());
    }
    final long[] all = new long[datasets];
    for (int d = 0; d < datasets; d++) {
      all[d] = d;
    }
    final List<Inference> list = new ArrayList<>();
    long lookups = 0;
    for (int i = 0; i < inferences; i++) {
      final long[] output = randomWords(random, words);
      final long[] corpus = corpora.get(random.nextInt(datasets));
      final int quote = Math.min(words / 4, corpus.length);
      System.arraycopy(corpus, random.nextInt(corpus.length - quote + 1), output, words / 2 - quote / 2, quote);
      list.add(new Inference(output, all));
      lookups += (long) Shingles.distinct(output, params.shingleWords()).length * datasets;
    }
    return new SyntheticBlock(params, new AttributionBatch(list), new MapSketchSource(sketches), lookups);
  }

  private static long[] randomWords(final SplittableRandom random, final int count) {
    final long[] words = new long[count];
    for (int i = 0; i < count; i++) {
      words[i] = random.nextLong();
    }
    return words;
  }
}
