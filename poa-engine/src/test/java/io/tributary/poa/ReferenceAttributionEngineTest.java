package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceAttributionEngineTest {
  private final ReferenceAttributionEngine engine = new ReferenceAttributionEngine();

  @Test
  void theSeededFixturesProduceRealHitsAndMisses() {
    int positive = 0;
    int zero = 0;
    for (long seed = 1; seed <= 12; seed++) {
      final AttributionFixtures.Case c = AttributionFixtures.seeded(seed);
      final AttributionResult result = engine.attribute(c.params(), c.batch(), c.sketches());
      for (int i = 0; i < result.inferenceCount(); i++) {
        for (final int h : result.hitsOf(i)) {
          if (h > 0) {
            positive++;
          } else {
            zero++;
          }
        }
      }
    }
    // the differential tests only mean something if both outcomes occur
    assertThat(positive).isGreaterThan(20);
    assertThat(zero).isGreaterThan(20);
  }

  @Test
  void aSaturatedFilterContainsEveryDistinctShingle() {
    final long[] ones = new long[1 << 4];
    java.util.Arrays.fill(ones, -1L);
    final AttributionParams params = AttributionParams.DEFAULTS;
    final SketchSource source = new MapSketchSource(Map.of(1L, new SealedSketch(10, 16, 8, 0, ones)));
    final long[] words = AttributionFixtures.randomWords(new java.util.Random(7), 100, 1_000_000);
    final AttributionResult result = engine.attribute(params,
        new AttributionBatch(List.of(new Inference(words, new long[] {1}))), source);
    assertThat(result.hits(0, 0)).isEqualTo(Shingles.distinct(words, 8).length);
  }

  @Test
  void refusesAnInferenceLongerThanMaxWords() {
    final AttributionParams params = AttributionParams.DEFAULTS;
    final AttributionBatch batch = new AttributionBatch(List.of(new Inference(new long[4097], new long[0])));
    assertThatThrownBy(() -> engine.attribute(params, batch, id -> java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWords");
  }

  @Test
  void refusesACandidateWithoutASealedSketch() {
    final AttributionBatch batch = new AttributionBatch(List.of(new Inference(new long[10], new long[] {42})));
    assertThatThrownBy(() -> engine.attribute(AttributionParams.DEFAULTS, batch, id -> java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataset 42");
  }

  @Test
  void refusesASketchBuiltWithAnotherShingleLength() {
    final SketchSource source = new MapSketchSource(Map.of(1L, new SealedSketch(10, 16, 5, 0, new long[16])));
    final AttributionBatch batch = new AttributionBatch(List.of(new Inference(new long[10], new long[] {1})));
    assertThatThrownBy(() -> engine.attribute(AttributionParams.DEFAULTS, batch, source))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n = 5");
  }

  @Test
  void refusesTheSameCandidateTwiceInOneInference() {
    assertThatThrownBy(() -> new Inference(new long[1], new long[] {3, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
