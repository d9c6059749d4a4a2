package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** ORIGIN: the transaction's sender. */
public final class OriginOperation extends Operation {
  public OriginOperation() {
    super(0x32, "ORIGIN", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.transaction().origin());
    return HaltReason.NONE;
  }
}
