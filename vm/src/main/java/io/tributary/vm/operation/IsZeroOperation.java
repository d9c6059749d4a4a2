package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** ISZERO: 1 if a is zero, else 0. */
public final class IsZeroOperation extends Operation {
  public IsZeroOperation() {
    super(0x15, "ISZERO", 1, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.setBoolean(s, a, Limbs.isZero(s, a));
    return HaltReason.NONE;
  }
}
