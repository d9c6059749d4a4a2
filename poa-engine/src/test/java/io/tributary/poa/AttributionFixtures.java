package io.tributary.poa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Named;

/** Inputs shared by the differential tests of every backend. */
final class AttributionFixtures {
  private AttributionFixtures() {}

  /** One differential case: parameters, batch and sketches. */
  record Case(AttributionParams params, AttributionBatch batch, SketchSource sketches) {}

  static final AttributionParams SMALL = new AttributionParams(3, 4, 6, 30, 1, 4096);

  static List<Named<Case>> all() {
    final List<Named<Case>> cases = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      cases.add(Named.of("seeded random batch " + seed, seeded(seed)));
    }
    cases.addAll(edgeCases());
    return cases;
  }

  static Case seeded(final long seed) {
    final Random random = new Random(seed);
    final AttributionParams params = random.nextBoolean() ? AttributionParams.DEFAULTS : SMALL;
    final int datasetCount = 1 + random.nextInt(12);
    final Map<Long, SealedSketch> sketches = new LinkedHashMap<>();
    final List<long[]> corpus = new ArrayList<>();
    for (int d = 0; d < datasetCount; d++) {
      // small filters so that false positives happen too and are compared as well
      final int bits = params.minBits() + random.nextInt(8);
      final SketchBuilder builder = new SketchBuilder(bits, params);
      for (int doc = 0; doc < 3; doc++) {
        final long[] words = randomWords(random, 20 + random.nextInt(200), 500);
        corpus.add(words);
        builder.addDocument(words);
      }
      sketches.put(100L + d, builder.seal());
    }
    final List<Inference> inferences = new ArrayList<>();
    final int inferenceCount = random.nextInt(40);
    for (int i = 0; i < inferenceCount; i++) {
      final long[] source = corpus.get(random.nextInt(corpus.size()));
      final int from = random.nextInt(source.length);
      final int length = random.nextInt(Math.min(params.maxWords(), 300));
      final long[] words = randomWords(random, length, 500);
      // quote a span of a document into the output so hits are real, not only false positives
      final int quote = Math.min(length, source.length - from);
      System.arraycopy(source, from, words, 0, quote / 2);
      final List<Long> ids = new ArrayList<>(sketches.keySet());
      final int candidates = random.nextInt(ids.size() + 1);
      final long[] chosen = new long[candidates];
      for (int c = 0; c < candidates; c++) {
        chosen[c] = ids.remove(random.nextInt(ids.size()));
      }
      inferences.add(new Inference(words, chosen));
    }
    return new Case(params, new AttributionBatch(inferences), new MapSketchSource(sketches));
  }

  static long[] randomWords(final Random random, final int length, final int vocabulary) {
    final long[] words = new long[length];
    for (int i = 0; i < length; i++) {
      words[i] = WordHasher.hash("w" + random.nextInt(vocabulary));
    }
    return words;
  }

  static List<Named<Case>> edgeCases() {
    final AttributionParams params = AttributionParams.DEFAULTS;
    final Random random = new Random(42);
    final long[] document = randomWords(random, 300, 100_000);
    final SketchBuilder builder = new SketchBuilder(16, params);
    builder.addDocument(document);
    final Map<Long, SealedSketch> sketches = new LinkedHashMap<>();
    sketches.put(1L, builder.seal());
    sketches.put(2L, new SealedSketch(12, params.probes(), params.shingleWords(), 0, new long[1 << 6]));
    final long[] ones = new long[1 << 6];
    Arrays.fill(ones, -1L);
    sketches.put(3L, new SealedSketch(12, params.probes(), params.shingleWords(), 0, ones));
    final SketchSource source = new MapSketchSource(sketches);
    final long[] all = {1, 2, 3};
    final long[] repeated = new long[100];
    Arrays.fill(repeated, WordHasher.hash("again"));
    final long[] maxWords = randomWords(random, params.maxWords(), 100_000);
    System.arraycopy(document, 0, maxWords, 1000, document.length);
    final List<Named<Case>> cases = new ArrayList<>();
    cases.add(Named.of("an empty batch", new Case(params, new AttributionBatch(List.of()), source)));
    cases.add(Named.of("an inference with no candidates",
        new Case(params, new AttributionBatch(List.of(new Inference(document, new long[0]))), source)));
    cases.add(Named.of("an empty output", one(params, new long[0], all, source)));
    cases.add(Named.of("fewer words than n", one(params, Arrays.copyOf(document, 7), all, source)));
    cases.add(Named.of("exactly n words", one(params, Arrays.copyOf(document, 8), all, source)));
    cases.add(Named.of("all shingles identical", one(params, repeated, all, source)));
    cases.add(Named.of("a whole quoted document", one(params, document, all, source)));
    cases.add(Named.of("maxWords words", one(params, maxWords, all, source)));
    cases.add(Named.of("the largest n, k and maxWords", largest(random)));
    cases.add(Named.of("the largest default filter (b = 30), saturated", saturatedLargest(random)));
    return cases;
  }

  private static Case one(
      final AttributionParams params, final long[] words, final long[] candidates, final SketchSource source) {
    return new Case(params, new AttributionBatch(List.of(new Inference(words, candidates))), source);
  }

  private static Case largest(final Random random) {
    final AttributionParams params = new AttributionParams(
        AttributionParams.MAX_SHINGLE_WORDS, AttributionParams.MAX_PROBES, 6, 32, 1, AttributionParams.MAX_MAX_WORDS);
    final long[] words = randomWords(random, params.maxWords(), 1_000_000);
    final SketchBuilder builder = new SketchBuilder(20, params);
    builder.addDocument(Arrays.copyOfRange(words, 5_000, 9_000));
    final SketchSource source = new MapSketchSource(Map.of(9L, builder.seal()));
    return one(params, words, new long[] {9}, source);
  }

  private static Case saturatedLargest(final Random random) {
    final AttributionParams params = AttributionParams.DEFAULTS;
    final long[] ones = new long[SealedSketch.wordCount(params.maxBits())];
    Arrays.fill(ones, -1L);
    final SketchSource source = new MapSketchSource(
        Map.of(5L, new SealedSketch(params.maxBits(), params.probes(), params.shingleWords(), 0, ones)));
    return one(params, randomWords(random, params.maxWords(), 1_000_000), new long[] {5}, source);
  }
}
