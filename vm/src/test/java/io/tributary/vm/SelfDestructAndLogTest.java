package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.testing.EvmHarness;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class SelfDestructAndLogTest {
  private final EvmHarness harness = new EvmHarness();

  @Test
  void selfDestructOfAnOlderContractOnlyMovesItsBalance() {
    harness.world.account(EvmHarness.CONTRACT, 1, Wei.of(77),
        code().pushBytes(EvmHarness.OTHER).op("SELFDESTRUCT").bytes());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.selfDestructs()).isEmpty();
    assertThat(harness.world.balance(EvmHarness.OTHER)).isEqualTo(Wei.of(77));
    assertThat(harness.world.code(EvmHarness.CONTRACT).isEmpty()).isFalse();
    // 3 + 5,000 + cold beneficiary 2,600 + new account 25,000 (value to an empty account)
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(3 + 5000 + 2600 + 25000);
  }

  @Test
  void selfDestructInTheCreatingTransactionDeletesTheContract() {
    final Address address = Address.fromHexString("0x00000000000000000000000000000000000c0de1");
    final Bytes initCode = code().pushBytes(EvmHarness.OTHER).op("SELFDESTRUCT").bytes();
    final ExecutionResult result = harness.create(address, Wei.of(5), initCode, EvmHarness.GAS);
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.selfDestructs()).containsExactly(address);
    assertThat(harness.world.balance(EvmHarness.OTHER)).isEqualTo(Wei.of(5));
    assertThat(harness.world.balance(address)).isEqualTo(Wei.ZERO);
  }

  @Test
  void aContractNamingItselfHeirInItsCreatingTransactionBurnsTheBalance() {
    final Address address = Address.fromHexString("0x00000000000000000000000000000000000c0de1");
    final Bytes initCode = code().op("ADDRESS", "SELFDESTRUCT").bytes();
    final ExecutionResult result = harness.create(address, Wei.of(5), initCode, EvmHarness.GAS);
    assertThat(result.selfDestructs()).containsExactly(address);
    assertThat(harness.world.balance(address)).isEqualTo(Wei.ZERO);
  }

  @Test
  void berlinStillDeletesAndRefundsAnySelfDestruct() {
    final EvmHarness berlin = new EvmHarness(EvmSpecs.berlin());
    berlin.world.account(EvmHarness.CONTRACT, 1, Wei.of(77),
        code().pushBytes(EvmHarness.OTHER).op("SELFDESTRUCT").bytes());
    final ExecutionResult result = berlin.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(result.selfDestructs()).containsExactly(EvmHarness.CONTRACT);
    assertThat(result.gasRefund()).isEqualTo(24000);
  }

  @Test
  void logsCarryTheAccountTopicsAndData() {
    // LOG2 of memory[0..32] = 0x..ff with topics 1 (first) and 2.
    final ExecutionResult result = harness.run(code().push(0xff).push(0).op("MSTORE")
        .push(2).push(1).push(32).push(0).op("LOG2", "STOP").toString());
    assertThat(result.logs()).containsExactly(new Log(EvmHarness.CONTRACT,
        java.util.List.of(Hash.wrap(Bytes32.leftPad(Bytes.of(1))), Hash.wrap(Bytes32.leftPad(Bytes.of(2)))),
        Bytes32.leftPad(Bytes.of(0xff))));
    // 6 (MSTORE operands) + 3 + 3 (memory) + 4 pushes (12) + 375 + 2 * 375 + 32 * 8
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(6 + 3 + 3 + 12 + 375 + 750 + 256);
  }

  @Test
  void logsOfARevertedCallAreDropped() {
    harness.world.contract(EvmHarness.OTHER, code().push(0).push(0).op("LOG0").push(0).push(0).op("REVERT")
        .toString());
    final ExecutionResult result = harness.run(code().push(0).push(0).push(0).push(0).push(0)
        .pushBytes(EvmHarness.OTHER).op("GAS", "CALL").push(0).push(0).op("LOG0", "STOP").toString());
    assertThat(result.logs()).hasSize(1);
    assertThat(result.logs().get(0).address()).isEqualTo(EvmHarness.CONTRACT);
  }

  @Test
  void aStaticFrameCannotLog() {
    harness.world.contract(EvmHarness.OTHER, code().push(0).push(0).op("LOG0", "STOP").toString());
    final ExecutionResult result = harness.run(code().push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER)
        .op("GAS", "STATICCALL").returnTop().toString());
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.ZERO);
    assertThat(result.logs()).isEmpty();
  }
}
