package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MSTORE: writes a word to memory at an offset. */
public final class MStoreOperation extends Operation {
  public MStoreOperation() {
    super(0x52, "MSTORE", 2, 0, GasCalculator.VERY_LOW_TIER);
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
    Limbs.toBytes32(s, top - 4, frame.memory().data(), (int) offset);
    frame.pop(2);
    return HaltReason.NONE;
  }
}
