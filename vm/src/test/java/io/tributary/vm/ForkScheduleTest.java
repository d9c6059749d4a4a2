package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import io.tributary.vm.testing.EvmHarness;
import org.junit.jupiter.api.Test;

class ForkScheduleTest {
  @Test
  void eachForkAddsItsOpcodes() {
    assertThat(EvmSpecs.berlin().operations().isDefined(0x48)).as("BASEFEE in Berlin").isFalse();
    assertThat(EvmSpecs.london().operations().isDefined(0x48)).as("BASEFEE in London").isTrue();
    assertThat(EvmSpecs.london().operations().isDefined(0x5f)).as("PUSH0 in London").isFalse();
    assertThat(EvmSpecs.shanghai().operations().isDefined(0x5f)).as("PUSH0 in Shanghai").isTrue();
    for (final int cancunOnly : new int[] {0x49, 0x4a, 0x5c, 0x5d, 0x5e}) {
      assertThat(EvmSpecs.shanghai().operations().isDefined(cancunOnly)).isFalse();
      assertThat(EvmSpecs.cancun().operations().isDefined(cancunOnly)).isTrue();
    }
  }

  @Test
  void cancunDefinesEveryOpcodeOfTheYellowPaperAndItsEips() {
    int defined = 0;
    for (int i = 0; i < 256; i++) {
      if (EvmSpecs.cancun().operations().isDefined(i)) {
        defined++;
      }
    }
    // 0x00-0x0b (12), 0x10-0x1d (14), 0x20, 0x30-0x3f (16), 0x40-0x4a (11), 0x50-0x5f (16), PUSH1-32, DUP, SWAP (64),
    // LOG0-4 (5), 0xf0-0xf5 (6), 0xfa, 0xfd, 0xff: 148; INVALID (0xfe) is designated but not "defined".
    assertThat(defined).isEqualTo(148);
  }

  @Test
  void opcodesOfLaterForksAreInvalidEarlier() {
    final EvmHarness london = new EvmHarness(EvmSpecs.london());
    assertThat(london.run("5f").haltReason()).isEqualTo(HaltReason.INVALID_OPCODE);
    final EvmHarness berlin = new EvmHarness(EvmSpecs.berlin());
    assertThat(berlin.run(code().op("BASEFEE").toString()).haltReason()).isEqualTo(HaltReason.INVALID_OPCODE);
  }

  @Test
  void refundRulesChangeInLondon() {
    assertThat(EvmSpecs.berlin().gasCalculator().maxRefundQuotient()).isEqualTo(2);
    assertThat(EvmSpecs.london().gasCalculator().maxRefundQuotient()).isEqualTo(5);
    assertThat(EvmSpecs.berlin().gasCalculator().sstoreClearsRefund()).isEqualTo(15000);
    assertThat(EvmSpecs.london().gasCalculator().sstoreClearsRefund()).isEqualTo(4800);
    assertThat(EvmSpecs.london().gasCalculator().selfDestructRefund()).isZero();
  }

  @Test
  void initCodeRulesStartInShanghai() {
    assertThat(EvmSpecs.london().gasCalculator().maxInitCodeSize()).isEqualTo(Long.MAX_VALUE);
    assertThat(EvmSpecs.shanghai().gasCalculator().maxInitCodeSize()).isEqualTo(49152);
    assertThat(EvmSpecs.shanghai().gasCalculator().initCodeWord()).isEqualTo(2);
  }

  @Test
  void pointEvaluationIsACancunPrecompile() {
    assertThat(EvmSpecs.shanghai().precompiles().isPrecompile(Address.of(0x0a))).isFalse();
    assertThat(EvmSpecs.cancun().precompiles().isPrecompile(Address.of(0x0a))).isTrue();
    assertThat(EvmSpecs.cancun().precompiles().size()).isEqualTo(10);
  }

  @Test
  void theCoinbaseStartsWarmFromShanghaiAndEfCodeIsRefusedFromLondon() {
    assertThat(EvmSpecs.london().warmCoinbase()).isFalse();
    assertThat(EvmSpecs.shanghai().warmCoinbase()).isTrue();
    assertThat(EvmSpecs.berlin().rejectEfCode()).isFalse();
    assertThat(EvmSpecs.london().rejectEfCode()).isTrue();
  }
}
