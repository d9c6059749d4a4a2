package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MSTORE8: writes the low byte of a word to memory at an offset. */
public final class MStore8Operation extends Operation {
  public MStore8Operation() {
    super(0x53, "MSTORE8", 2, 0, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final HaltReason halt = frame.expandMemory(offset, 1);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    frame.memory().data()[(int) offset] = (byte) s[top - 4];
    frame.pop(2);
    return HaltReason.NONE;
  }
}
