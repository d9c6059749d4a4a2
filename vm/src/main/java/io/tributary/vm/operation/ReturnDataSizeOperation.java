package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** RETURNDATASIZE (EIP-211): the size of the last child frame's output. */
public final class ReturnDataSizeOperation extends Operation {
  public ReturnDataSizeOperation() {
    super(0x3d, "RETURNDATASIZE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.returnData().size());
    return HaltReason.NONE;
  }
}
