package io.tributary.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Wei;
import io.tributary.vm.testing.EvmHarness;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class EvmTest {
  private final EvmHarness harness = new EvmHarness();

  @Test
  void returnsTheSumOfTwoPushedNumbers() {
    // PUSH1 1 PUSH1 2 ADD PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
    assertThat(UInt256.fromBytes(harness.returnedWord("600160020160005260206000f3"))).isEqualTo(UInt256.valueOf(3));
  }

  @Test
  void chargesTheConstantGasOfEachOperation() {
    // PUSH1 1 PUSH1 2 ADD STOP: 3 + 3 + 3 + 0
    final ExecutionResult result = harness.run("6001600201" + "00");
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(9);
  }

  @Test
  void callingAnAccountWithoutCodeSucceedsAndMovesTheValue() {
    final ExecutionResult result = harness.call(EvmHarness.OTHER, Wei.of(5), Bytes.EMPTY, 21000);
    assertThat(result.isSuccess()).isTrue();
    assertThat(harness.world.balance(EvmHarness.OTHER)).isEqualTo(Wei.of(5));
    assertThat(result.touchedAccounts()).contains(EvmHarness.SENDER, EvmHarness.OTHER);
  }

  @Test
  void stackUnderflowHaltsConsumingAllGas() {
    final ExecutionResult result = harness.run("01");
    assertThat(result.status()).isEqualTo(ExecutionResult.Status.EXCEPTIONAL_HALT);
    assertThat(result.haltReason()).isEqualTo(HaltReason.STACK_UNDERFLOW);
    assertThat(result.gasLeft()).isZero();
  }
}
