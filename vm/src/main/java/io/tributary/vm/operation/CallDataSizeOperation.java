package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CALLDATASIZE: the size of the call data. */
public final class CallDataSizeOperation extends Operation {
  public CallDataSizeOperation() {
    super(0x36, "CALLDATASIZE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.input().size());
    return HaltReason.NONE;
  }
}
