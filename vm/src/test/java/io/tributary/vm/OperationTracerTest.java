package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Wei;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.testing.EvmHarness;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class OperationTracerTest {
  /** What a struct-log tracer records: pc, name, gas before, cost, depth. */
  private record Step(int pc, String op, long gas, long cost, int depth) {}

  private static final class Recorder implements OperationTracer {
    final List<Step> steps = new ArrayList<>();
    final List<String> frames = new ArrayList<>();
    private int pc;
    private long gas;

    @Override
    public void beforeOperation(final MessageFrame frame, final int opcode) {
      pc = frame.pc();
      gas = frame.gasRemaining();
    }

    @Override
    public void afterOperation(final MessageFrame frame, final int opcode, final long gasCost, final HaltReason halt) {
      steps.add(new Step(pc, frame.spec().operations().get(opcode).name(), gas, gasCost, frame.depth()));
    }

    @Override
    public void enterFrame(final MessageFrame frame) {
      frames.add("enter " + frame.depth());
    }

    @Override
    public void exitFrame(final MessageFrame frame) {
      frames.add("exit " + frame.depth() + " " + frame.state());
    }
  }

  @Test
  void reportsEveryOperationWithItsPcGasAndCost() {
    final EvmHarness harness = new EvmHarness();
    harness.world.contract(EvmHarness.CONTRACT, code().push(1).push(2).op("ADD", "STOP").toString());
    final Recorder recorder = new Recorder();
    harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, 100, recorder);
    assertThat(recorder.steps).containsExactly(
        new Step(0, "PUSH1", 100, 3, 0),
        new Step(2, "PUSH1", 97, 3, 0),
        new Step(4, "ADD", 94, 3, 0),
        new Step(5, "STOP", 91, 0, 0));
    assertThat(recorder.frames).containsExactly("enter 0", "exit 0 SUCCEEDED");
  }

  @Test
  void reportsChildFramesAndHalts() {
    final EvmHarness harness = new EvmHarness();
    harness.world.contract(EvmHarness.OTHER, "fe");
    harness.world.contract(EvmHarness.CONTRACT, code().push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER)
        .op("GAS", "STATICCALL", "STOP").toString());
    final Recorder recorder = new Recorder();
    harness.call(EvmHarness.CONTRACT, Wei.ZERO, Bytes.EMPTY, EvmHarness.GAS, recorder);
    assertThat(recorder.frames).containsExactly("enter 0", "enter 1", "exit 1 HALTED", "exit 0 SUCCEEDED");
    assertThat(recorder.steps).extracting(Step::op)
        .containsExactly("PUSH1", "PUSH1", "PUSH1", "PUSH1", "PUSH20", "GAS", "STATICCALL", "INVALID", "STOP");
  }
}
