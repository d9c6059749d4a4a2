package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CODECOPY: the running code to memory, zero past its end; 3 gas per word plus memory. */
public final class CodeCopyOperation extends Operation {
  public CodeCopyOperation() {
    super(0x39, "CODECOPY", 3, 0, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long destination = Operations.clamp(s, top);
    final long offset = Operations.clamp(s, top - 4);
    final long size = Operations.clamp(s, top - 8);
    final HaltReason halt = Operations.chargeCopy(frame, destination, size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    frame.memory().copyPadded(destination, frame.code().bytes(), offset, size);
    frame.pop(3);
    return HaltReason.NONE;
  }
}
