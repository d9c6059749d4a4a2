package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MSIZE: the size of active memory in bytes (a multiple of 32). */
public final class MSizeOperation extends Operation {
  public MSizeOperation() {
    super(0x59, "MSIZE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.memory().activeBytes());
    return HaltReason.NONE;
  }
}
