package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** RETURNDATACOPY (EIP-211): the last child's output to memory; reading past its end halts. */
public final class ReturnDataCopyOperation extends Operation {
  public ReturnDataCopyOperation() {
    super(0x3e, "RETURNDATACOPY", 3, 0, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long destination = Operations.clamp(s, top);
    final long offset = Limbs.clampToLong(s, top - 4, Long.MAX_VALUE / 2);
    final long size = Limbs.clampToLong(s, top - 8, Long.MAX_VALUE / 2);
    final byte[] data = frame.returnData().toArrayUnsafe();
    if (offset + size > data.length) {
      return HaltReason.RETURN_DATA_OUT_OF_BOUNDS;
    }
    final HaltReason halt = Operations.chargeCopy(frame, destination, size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    frame.memory().copyPadded(destination, data, offset, size);
    frame.pop(3);
    return HaltReason.NONE;
  }
}
