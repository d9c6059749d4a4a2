package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CALLER: the account that sent this frame's message. */
public final class CallerOperation extends Operation {
  public CallerOperation() {
    super(0x33, "CALLER", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.sender());
    return HaltReason.NONE;
  }
}
