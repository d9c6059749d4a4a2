package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** NUMBER: the block's number. */
public final class NumberOperation extends Operation {
  public NumberOperation() {
    super(0x43, "NUMBER", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.block().number());
    return HaltReason.NONE;
  }
}
