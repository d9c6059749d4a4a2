package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MLOAD: the 32 bytes of memory at an offset. */
public final class MLoadOperation extends Operation {
  public MLoadOperation() {
    super(0x51, "MLOAD", 1, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final HaltReason halt = frame.expandMemory(offset, 32);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    Limbs.fromBytes32(frame.memory().data(), (int) offset, s, top);
    return HaltReason.NONE;
  }
}
