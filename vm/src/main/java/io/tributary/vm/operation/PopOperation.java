package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** POP: drops the top item. */
public final class PopOperation extends Operation {
  public PopOperation() {
    super(0x50, "POP", 1, 0, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pop(1);
    return HaltReason.NONE;
  }
}
