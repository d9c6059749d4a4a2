package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SketchBuilderTest {
  private final AttributionParams params = AttributionParams.DEFAULTS;

  @Test
  void streamingWordByWordEqualsInsertingEveryWindow() {
    final long[] words = AttributionFixtures.randomWords(new Random(3), 500, 50);
    final SketchBuilder streamed = new SketchBuilder(14, params);
    for (final long w : words) {
      streamed.addWord(w);
    }
    final SketchBuilder direct = new SketchBuilder(14, params);
    for (final long s : Shingles.windows(words, 8)) {
      direct.addShingle(s);
    }
    assertThat(streamed.seal().words()).isEqualTo(direct.seal().words());
    assertThat(streamed.shingleCount()).isEqualTo(Shingles.distinct(words, 8).length);
  }

  @Test
  void shinglesNeverSpanTwoDocuments() {
    final long[] first = AttributionFixtures.randomWords(new Random(4), 5, 1000);
    final long[] second = AttributionFixtures.randomWords(new Random(5), 5, 1000);
    final SketchBuilder builder = new SketchBuilder(12, params);
    builder.addDocument(first);
    builder.addDocument(second);
    assertThat(builder.shingleCount()).isZero();
    assertThat(builder.seal().popCount()).isZero();
  }

  @Test
  void choosesTheSmallestFilterThatStaysHalfEmpty() {
    assertThat(SketchBuilder.bitsFor(0, params)).isEqualTo(10);
    assertThat(SketchBuilder.bitsFor(2_838, params)).isEqualTo(16);
    assertThat(SketchBuilder.bitsFor(2_839, params)).isEqualTo(17);
    assertThat(SketchBuilder.bitsFor(726_768, params)).isEqualTo(24);
    final int bits = SketchBuilder.bitsFor(20_000, params);
    final SketchBuilder builder = new SketchBuilder(bits, params);
    builder.addDocument(AttributionFixtures.randomWords(new Random(6), 20_007, 1_000_000));
    assertThat(builder.seal().check(params)).isEqualTo(SketchProblem.NONE);
  }

  @Test
  void refusesToSealAnOverfilledSketch() {
    final long[] ones = new long[16];
    Arrays.fill(ones, 0, 9, -1L);
    assertThat(new SealedSketch(10, 16, 8, 0, ones).check(params)).isEqualTo(SketchProblem.OVERFILLED);
    Arrays.fill(ones, 8, 16, 0L);
    assertThat(new SealedSketch(10, 16, 8, 0, ones).check(params)).isEqualTo(SketchProblem.NONE);
    assertThat(new SealedSketch(8, 16, 8, 0, new long[4]).check(params)).isEqualTo(SketchProblem.BITS_OUT_OF_BOUNDS);
    assertThat(new SealedSketch(10, 7, 8, 0, new long[16]).check(params)).isEqualTo(SketchProblem.WRONG_PROBES);
  }
}
