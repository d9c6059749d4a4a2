package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.vm.testing.Bytecode;
import io.tributary.vm.testing.EvmHarness;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class StackAndControlFlowTest {
  private final EvmHarness harness = new EvmHarness();

  private BigInteger returned(final Bytecode code) {
    return harness.returnedWord(code.toString()).toUnsignedBigInteger();
  }

  @Test
  void push0PushesZeroForTwoGas() {
    final ExecutionResult result = harness.run("5f00");
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(2);
  }

  @Test
  void pushPastTheEndOfTheCodeIsZeroFilledOnTheRight() {
    // PUSH2 0x01 then the code ends: the value is 0x0100. Run it with a tracer that reads the stack at the end.
    final TopOfStack holder = new TopOfStack();
    harness.world.contract(EvmHarness.CONTRACT, "6101");
    harness.call(EvmHarness.CONTRACT, io.tributary.core.types.Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS, holder);
    assertThat(holder.top).isEqualTo(BigInteger.valueOf(0x0100));
  }

  private static final class TopOfStack implements OperationTracer {
    BigInteger top;

    @Override
    public void afterOperation(final io.tributary.vm.frame.MessageFrame frame, final int opcode, final long gasCost,
        final HaltReason halt) {
      top = frame.stackItem(0).toUnsignedBigInteger();
    }
  }

  @Test
  void push32ReadsAWholeWord() {
    final BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    assertThat(returned(code().push(max).returnTop())).isEqualTo(max);
  }

  @Test
  void dupAndSwapReachTheSixteenthItem() {
    Bytecode code = code();
    for (int i = 16; i >= 1; i--) {
      code = code.push(i);
    }
    assertThat(returned(code.op("DUP16").returnTop())).isEqualTo(BigInteger.valueOf(16));
    Bytecode swap = code();
    for (int i = 17; i >= 1; i--) {
      swap = swap.push(i);
    }
    assertThat(returned(swap.op("SWAP16").returnTop())).isEqualTo(BigInteger.valueOf(17));
  }

  @Test
  void the1025thItemOverflowsTheStack() {
    final StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 1024; i++) {
      hex.append("5f");
    }
    assertThat(harness.run(hex + "00").isSuccess()).isTrue();
    final ExecutionResult overflow = harness.run(hex + "5f");
    assertThat(overflow.haltReason()).isEqualTo(HaltReason.STACK_OVERFLOW);
  }

  @Test
  void popOnAnEmptyStackUnderflows() {
    assertThat(harness.run("50").haltReason()).isEqualTo(HaltReason.STACK_UNDERFLOW);
  }

  @Test
  void jumpLandsOnlyOnJumpdest() {
    // PUSH1 4 JUMP INVALID JUMPDEST PUSH1 7 ...
    assertThat(returned(code().push(4).op("JUMP", "INVALID", "JUMPDEST").push(7).returnTop()))
        .isEqualTo(BigInteger.valueOf(7));
    assertThat(harness.run(code().push(3).op("JUMP", "INVALID", "JUMPDEST").toString()).haltReason())
        .isEqualTo(HaltReason.INVALID_JUMP_DESTINATION);
  }

  @Test
  void aJumpdestInsidePushDataIsNotADestination() {
    // PUSH1 3 JUMP PUSH1 0x5b: offset 4 is PUSH data.
    assertThat(harness.run("600356605b").haltReason()).isEqualTo(HaltReason.INVALID_JUMP_DESTINATION);
  }

  @Test
  void jumpiFallsThroughOnZero() {
    assertThat(returned(code().push(0).push(100).op("JUMPI").push(9).returnTop())).isEqualTo(BigInteger.valueOf(9));
  }

  @Test
  void pcAndGasReportTheirPosition() {
    assertThat(returned(code().op("PC", "PC", "ADD").returnTop())).isEqualTo(BigInteger.ONE);
    // GAS reports what is left after its own 2.
    assertThat(returned(code().op("GAS").returnTop())).isEqualTo(BigInteger.valueOf(EvmHarness.GAS - 2));
  }

  @Test
  void undefinedOpcodesAndInvalidHaltConsumingAllGas() {
    assertThat(harness.run("0c").haltReason()).isEqualTo(HaltReason.INVALID_OPCODE);
    final ExecutionResult invalid = harness.run("fe");
    assertThat(invalid.haltReason()).isEqualTo(HaltReason.INVALID_OPCODE);
    assertThat(invalid.gasLeft()).isZero();
  }

  @Test
  void runningOffTheEndOfTheCodeStops() {
    final ExecutionResult result = harness.run("6001");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.output()).isEqualTo(Bytes.EMPTY);
  }
}
