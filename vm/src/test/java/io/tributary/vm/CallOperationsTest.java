package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.testing.Bytecode;
import io.tributary.vm.testing.EvmHarness;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class CallOperationsTest {
  private final EvmHarness harness = new EvmHarness();

  /** CALL-family operands: gas, address, [value], args 0..argsSize, return data to 0..32. */
  private static Bytecode call(final String op, final Address target, final long value, final long argsSize) {
    Bytecode code = code().push(32).push(0).push(argsSize).push(0);
    if (op.equals("CALL") || op.equals("CALLCODE")) {
      code = code.push(value);
    }
    return code.pushBytes(target).op("GAS", op);
  }

  private ExecutionResult callContract(final Bytecode code) {
    harness.world.contract(EvmHarness.CONTRACT, code.toString());
    return harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
  }

  @Test
  void callCopiesTheCalleesOutputIntoMemory() {
    harness.world.contract(EvmHarness.OTHER, code().push(42).returnTop().toString());
    final ExecutionResult result = callContract(call("CALL", EvmHarness.OTHER, 0, 0).op("POP")
        .push(32).push(0).op("RETURN"));
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(42));
  }

  @Test
  void callPushesOneOnSuccessAndZeroWhenTheCalleeReverts() {
    harness.world.contract(EvmHarness.OTHER, code().push(0).push(0).op("REVERT").toString());
    assertThat(UInt256.fromBytes(callContract(call("CALL", EvmHarness.OTHER, 0, 0).returnTop()).output()))
        .isEqualTo(UInt256.ZERO);
    harness.world.contract(EvmHarness.OTHER, "00");
    assertThat(UInt256.fromBytes(callContract(call("CALL", EvmHarness.OTHER, 0, 0).returnTop()).output()))
        .isEqualTo(UInt256.ONE);
  }

  @Test
  void callWithValueMovesItAndGivesTheCalleeTheStipend() {
    harness.world.account(EvmHarness.CONTRACT, 1, Wei.of(1000), Bytes.EMPTY);
    harness.world.contract(EvmHarness.OTHER, code().op("GAS").returnTop().toString());
    // The caller asks for 0 gas: the callee still gets the 2,300 stipend.
    final Bytecode caller = code().push(32).push(0).push(0).push(0).push(600).pushBytes(EvmHarness.OTHER).push(0)
        .op("CALL", "POP").push(32).push(0).op("RETURN");
    harness.world.account(EvmHarness.CONTRACT, 1, Wei.of(1000), caller.bytes());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(2300 - 2));
    assertThat(harness.world.balance(EvmHarness.OTHER)).isEqualTo(Wei.of(600));
    assertThat(harness.world.balance(EvmHarness.CONTRACT)).isEqualTo(Wei.of(400));
  }

  @Test
  void callWithMoreValueThanTheBalanceFailsWithoutAFrame() {
    harness.world.contract(EvmHarness.OTHER, "00");
    final ExecutionResult result = callContract(call("CALL", EvmHarness.OTHER, 1, 0).returnTop());
    assertThat(result.isSuccess()).isTrue();
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.ZERO);
  }

  @Test
  void delegateCallKeepsTheCallerAndStorageOfTheFrame() {
    // OTHER stores CALLER at slot 0 and returns it.
    harness.world.contract(EvmHarness.OTHER, code().op("CALLER").op("DUP1").storeTopAt(0).returnTop().toString());
    final ExecutionResult result = callContract(call("DELEGATECALL", EvmHarness.OTHER, 0, 0).op("POP")
        .push(32).push(0).op("RETURN"));
    assertThat(result.output().slice(12)).isEqualTo(EvmHarness.SENDER);
    assertThat(harness.world.storage(EvmHarness.CONTRACT, 0)).isNotEqualTo(UInt256.ZERO);
    assertThat(harness.world.storage(EvmHarness.OTHER, 0)).isEqualTo(UInt256.ZERO);
  }

  @Test
  void callCodeRunsTheTargetsCodeOnThisAccountWithThisAccountAsCaller() {
    harness.world.contract(EvmHarness.OTHER, code().op("CALLER").returnTop().toString());
    final ExecutionResult result = callContract(call("CALLCODE", EvmHarness.OTHER, 0, 0).op("POP")
        .push(32).push(0).op("RETURN"));
    assertThat(result.output().slice(12)).isEqualTo(EvmHarness.CONTRACT);
  }

  @Test
  void staticCallForbidsStateChangesBelowIt() {
    harness.world.contract(EvmHarness.OTHER, code().push(1).storeTopAt(0).op("STOP").toString());
    final ExecutionResult result = callContract(call("STATICCALL", EvmHarness.OTHER, 0, 0).returnTop());
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.ZERO);
    assertThat(harness.world.storage(EvmHarness.OTHER, 0)).isEqualTo(UInt256.ZERO);
  }

  @Test
  void theChildGetsAllButOne64thOfTheGasLeft() {
    harness.world.contract(EvmHarness.OTHER, code().op("GAS").returnTop().toString());
    // Ask for everything: 2^255.
    final Bytecode caller = code().push(32).push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER)
        .push(BigInteger.ONE.shiftLeft(255)).op("CALL", "POP").push(32).push(0).op("RETURN");
    final long gas = 100_000;
    harness.world.contract(EvmHarness.CONTRACT, caller.toString());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, gas);
    // Before CALL: 7 pushes (21) and memory for one word (3); CALL to a cold account: 2,600.
    final long available = gas - 21 - 3 - 2600;
    final long childGas = available - available / 64;
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(childGas - 2));
  }

  @Test
  void returnDataCopyPastTheEndOfTheReturnDataHalts() {
    harness.world.contract(EvmHarness.OTHER, code().push(1).returnTop().toString());
    final ExecutionResult ok = callContract(call("CALL", EvmHarness.OTHER, 0, 0).op("POP")
        .push(32).push(0).push(0).op("RETURNDATACOPY", "RETURNDATASIZE").returnTop());
    assertThat(UInt256.fromBytes(ok.output())).isEqualTo(UInt256.valueOf(32));
    final ExecutionResult past = callContract(call("CALL", EvmHarness.OTHER, 0, 0).op("POP")
        .push(1).push(32).push(0).op("RETURNDATACOPY", "STOP"));
    assertThat(past.haltReason()).isEqualTo(HaltReason.RETURN_DATA_OUT_OF_BOUNDS);
  }

  @Test
  void callReachesThePrecompiles() {
    // identity (0x04) of the 32 bytes at memory 0
    final ExecutionResult result = callContract(code().push(0x1234).push(0).op("MSTORE")
        .push(32).push(0).push(32).push(0).pushBytes(Address.of(4)).op("GAS", "STATICCALL", "POP")
        .push(32).push(0).op("RETURN"));
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(0x1234));
  }

  @Test
  void callsNest1024DeepAndNoFurther() {
    // Each frame marks storage[depth] = 1 (depth from call data) and calls itself with depth + 1. Every level keeps a
    // 64th, and the 22,100 of each SSTORE compounds, so only about 10^15 gas reaches the 1,024th level.
    final Bytecode recursive = code().push(0).op("CALLDATALOAD").push(1).op("DUP2", "SSTORE")
        .push(1).op("ADD").push(0).op("MSTORE")
        .push(0).push(0).push(32).push(0).push(0).op("ADDRESS", "GAS", "CALL", "STOP");
    harness.world.contract(EvmHarness.CONTRACT, recursive.toString());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.wrap(new byte[32]),
        1_000_000_000_000_000L);
    assertThat(result.isSuccess()).isTrue();
    int deepest = 0;
    while (!harness.world.storage(EvmHarness.CONTRACT, deepest + 1).isZero()) {
      deepest++;
    }
    assertThat(deepest).isEqualTo(1024);
    assertThat(harness.world.storage(EvmHarness.CONTRACT, 1024)).isEqualTo(UInt256.ONE);
    assertThat(harness.world.storage(EvmHarness.CONTRACT, 1025)).isEqualTo(UInt256.ZERO);
  }

  @Test
  void aCallToAnEmptyAccountWithValueChargesForTheNewAccount() {
    final Address fresh = Address.fromHexString("0x00000000000000000000000000000000000f4e54");
    final Bytecode caller = call("CALL", fresh, 1, 0).op("STOP");
    harness.world.account(EvmHarness.CONTRACT, 1, Wei.of(10), caller.bytes());
    final ExecutionResult result = harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS);
    // 6 pushes + GAS (20), memory (3), cold (2600), value (9000), new account (25000); the callee has no code, so
    // the child's gas comes back with the 2,300 stipend, which the caller keeps.
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(20 + 3 + 2600 + 9000 + 25000 - 2300);
    assertThat(harness.world.balance(fresh)).isEqualTo(Wei.of(1));
  }
}
