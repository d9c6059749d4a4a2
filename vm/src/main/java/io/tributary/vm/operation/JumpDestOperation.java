package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** JUMPDEST: marks a jump target; costs 1 gas and does nothing. */
public final class JumpDestOperation extends Operation {
  public JumpDestOperation() {
    super(0x5b, "JUMPDEST", 0, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    return frame.useGas(frame.gasCalculator().jumpDest()) ? HaltReason.NONE : HaltReason.OUT_OF_GAS;
  }
}
