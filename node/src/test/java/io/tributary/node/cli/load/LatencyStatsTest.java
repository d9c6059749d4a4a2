package io.tributary.node.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {
  @Test
  void percentilesAreNearestRankOverWhatWasAdded() {
    final LatencyStats stats = new LatencyStats();
    for (int i = 100; i >= 1; i--) {
      stats.add(i * 10L);
    }
    final LatencyStats.Summary summary = stats.summary();
    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.min()).isEqualTo(10);
    assertThat(summary.p50()).isEqualTo(500);
    assertThat(summary.p90()).isEqualTo(900);
    assertThat(summary.p99()).isEqualTo(990);
    assertThat(summary.max()).isEqualTo(1000);
    assertThat(summary.mean()).isEqualTo(505);
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    final LatencyStats stats = new LatencyStats();
    stats.add(42);
    assertThat(stats.summary()).isEqualTo(new LatencyStats.Summary(1, 42, 42, 42, 42, 42, 42));
  }

  @Test
  void noSamplesGiveZeros() {
    assertThat(new LatencyStats().summary().count()).isZero();
  }

  @Test
  void aTransferWithAStampNeedsItsIntrinsicGasOnly() {
    final var stamp = org.apache.tuweni.bytes.Bytes.fromHexString("0x0000019a1b2c3d4e");
    assertThat(LoadGenerator.intrinsicGas(stamp)).isEqualTo(21_000 + 2 * 4 + 6 * 16);
  }
}
