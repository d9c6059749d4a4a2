package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MCOPY (EIP-5656, Cancun): copies within memory, overlapping ranges included; copy and memory gas. */
public final class MCopyOperation extends Operation {
  public MCopyOperation() {
    super(0x5e, "MCOPY", 3, 0, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long destination = Operations.clamp(s, top);
    final long source = Operations.clamp(s, top - 4);
    final long size = Operations.clamp(s, top - 8);
    final HaltReason halt = Operations.chargeCopy(frame, Math.max(destination, source), size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    if (size > 0) {
      final byte[] data = frame.memory().data();
      System.arraycopy(data, (int) source, data, (int) destination, (int) size);
    }
    frame.pop(3);
    return HaltReason.NONE;
  }
}
