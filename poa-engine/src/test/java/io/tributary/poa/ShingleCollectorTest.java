package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShingleCollectorTest {
  @Test
  void collectsTheSameDistinctShinglesAsTheSpecAcrossManyCompactions() {
    final long[] words = AttributionFixtures.randomWords(new Random(8), 300_000, 2_000);
    final ShingleCollector collector = new ShingleCollector(3);
    for (final long w : words) {
      collector.addWord(w);
    }
    assertThat(collector.distinct()).isEqualTo(Shingles.distinct(words, 3));
  }

  @Test
  void startsAFreshWindowForEveryDocument() {
    final ShingleCollector collector = new ShingleCollector(4);
    collector.addWord(1);
    collector.addWord(2);
    collector.endDocument();
    collector.addWord(3);
    collector.addWord(4);
    assertThat(collector.distinct()).isEmpty();
  }
}
