package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/** RETURN: the frame succeeds with a memory range as output. */
public final class ReturnOperation extends Operation {
  public ReturnOperation() {
    super(0xf3, "RETURN", 2, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final long size = Operations.clamp(s, top - 4);
    final HaltReason halt = frame.expandMemory(offset, size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    frame.pop(2);
    frame.succeed(Bytes.wrap(frame.memory().copy(offset, size)));
    return HaltReason.NONE;
  }
}
