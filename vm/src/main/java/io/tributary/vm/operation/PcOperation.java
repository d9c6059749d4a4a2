package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** PC: the offset of this instruction. */
public final class PcOperation extends Operation {
  public PcOperation() {
    super(0x58, "PC", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.pc() - 1);
    return HaltReason.NONE;
  }
}
