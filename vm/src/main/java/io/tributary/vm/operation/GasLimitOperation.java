package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** GASLIMIT: the block's gas limit. */
public final class GasLimitOperation extends Operation {
  public GasLimitOperation() {
    super(0x45, "GASLIMIT", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.block().gasLimit());
    return HaltReason.NONE;
  }
}
