package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CODESIZE: the size of the running code. */
public final class CodeSizeOperation extends Operation {
  public CodeSizeOperation() {
    super(0x38, "CODESIZE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.code().size());
    return HaltReason.NONE;
  }
}
