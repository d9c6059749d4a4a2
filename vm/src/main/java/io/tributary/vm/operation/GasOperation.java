package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** GAS: gas left after this instruction's own cost. */
public final class GasOperation extends Operation {
  public GasOperation() {
    super(0x5a, "GAS", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.gasRemaining());
    return HaltReason.NONE;
  }
}
