package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** SIGNEXTEND: extends the sign of byte b (from the least significant) of x. */
public final class SignExtendOperation extends Operation {
  public SignExtendOperation() {
    super(0x0b, "SIGNEXTEND", 2, 1, GasCalculator.LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.signExtend(s, a, s, a - 4, s, a - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
