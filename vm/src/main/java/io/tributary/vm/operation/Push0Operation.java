package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** PUSH0 (EIP-3855, Shanghai): pushes zero. */
public final class Push0Operation extends Operation {
  public Push0Operation() {
    super(0x5f, "PUSH0", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(0);
    return HaltReason.NONE;
  }
}
