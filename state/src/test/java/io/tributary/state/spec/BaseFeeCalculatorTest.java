package io.tributary.state.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Wei;
import org.junit.jupiter.api.Test;

class BaseFeeCalculatorTest {
  private static final BaseFeeCalculator LONDON = BaseFeeCalculator.LONDON;

  private static BlockHeader parent(final long baseFee, final long gasLimit, final long gasUsed) {
    return BlockHeader.builder().number(1).gasLimit(gasLimit).gasUsed(gasUsed).tributaryCancunFields(Wei.of(baseFee))
        .build();
  }

  @Test
  void aBlockExactlyAtTheTargetKeepsTheBaseFee() {
    assertThat(LONDON.nextBaseFee(parent(1_000_000_000L, 30_000_000, 15_000_000))).isEqualTo(Wei.of(1_000_000_000L));
  }

  @Test
  void aFullBlockRaisesTheBaseFeeByOneEighth() {
    assertThat(LONDON.nextBaseFee(parent(1_000_000_000L, 30_000_000, 30_000_000))).isEqualTo(Wei.of(1_125_000_000L));
  }

  @Test
  void anEmptyBlockLowersTheBaseFeeByOneEighth() {
    assertThat(LONDON.nextBaseFee(parent(1_000_000_000L, 30_000_000, 0))).isEqualTo(Wei.of(875_000_000L));
  }

  @Test
  void aSlightlyFullerBlockRaisesTheFeeByAtLeastOneWei() {
    assertThat(LONDON.nextBaseFee(parent(7, 30_000_000, 15_000_001))).isEqualTo(Wei.of(8));
  }

  @Test
  void integerDivisionRoundsTheDecreaseDown() {
    // EIP-1559 reference: 7 * 15,000,000 / 15,000,000 / 8 = 0, so a tiny fee stops falling.
    assertThat(LONDON.nextBaseFee(parent(7, 30_000_000, 0))).isEqualTo(Wei.of(7));
    assertThat(LONDON.nextBaseFee(parent(100, 30_000_000, 10_000_000))).isEqualTo(Wei.of(96));
  }

  @Test
  void theScheduleSelectsTheSpecByHeight() {
    final ProtocolSpec first = TributaryProtocolSpecs.genesisSpec(7357);
    final ProtocolSpec second = first.withName("next").withBaseFee(new BaseFeeCalculator(2, 16, Wei.of(1)));
    final ProtocolSchedule schedule = ProtocolSchedule.builder(7357).fork(0, first).fork(100, second).build();
    assertThat(schedule.specAt(0)).isSameAs(first);
    assertThat(schedule.specAt(99)).isSameAs(first);
    assertThat(schedule.specAt(100)).isSameAs(second);
    assertThat(schedule.specAt(1_000_000)).isSameAs(second);
  }
}
