package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CALLVALUE: the value of this frame's message (the parent's for DELEGATECALL). */
public final class CallValueOperation extends Operation {
  public CallValueOperation() {
    super(0x34, "CALLVALUE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.apparentValue().toUInt256());
    return HaltReason.NONE;
  }
}
