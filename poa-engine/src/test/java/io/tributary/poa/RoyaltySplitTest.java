package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoyaltySplitTest {
  @Test
  void givesEverythingToTheTreasuryWhenNoDatasetReachesMinHits() {
    final RoyaltySplit split = RoyaltySplit.of(BigInteger.TEN, new long[] {1, 2}, new int[] {5, 0}, 6);
    assertThat(split.treasury()).isEqualTo(BigInteger.TEN);
    assertThat(split.shares()).allSatisfy(s -> assertThat(s.amount()).isZero());
  }

  @Test
  void neverPaysOutMoreThanTheDataShareAndLosesLessThanOneUnitPerDataset() {
    final Random random = new Random(11);
    for (int round = 0; round < 1_000; round++) {
      final int n = 1 + random.nextInt(64);
      final long[] ids = new long[n];
      final int[] hits = new int[n];
      for (int i = 0; i < n; i++) {
        ids[i] = i;
        hits[i] = random.nextInt(4090);
      }
      final BigInteger share = new BigInteger(100, random);
      final RoyaltySplit split = RoyaltySplit.of(share, ids, hits, 6);
      final BigInteger paid = split.shares().stream().map(RoyaltySplit.Share::amount)
          .reduce(BigInteger.ZERO, BigInteger::add);
      assertThat(paid.add(split.treasury())).isEqualTo(share);
      assertThat(split.treasury().signum()).isGreaterThanOrEqualTo(0);
      final long eligible = split.shares().stream().filter(RoyaltySplit.Share::eligible).count();
      if (eligible > 0) {
        assertThat(split.treasury()).isLessThan(BigInteger.valueOf(eligible));
      }
    }
  }

  @Test
  void refusesMismatchedInputs() {
    assertThatThrownBy(() -> RoyaltySplit.of(BigInteger.ONE, new long[] {1}, new int[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoyaltySplit.of(BigInteger.ONE.negate(), new long[0], new int[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
