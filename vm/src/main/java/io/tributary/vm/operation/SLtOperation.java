package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** SLT: 1 if a < b (two's complement), else 0. */
public final class SLtOperation extends Operation {
  public SLtOperation() {
    super(0x12, "SLT", 2, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.setBoolean(s, a - 4, Limbs.compareSigned(s, a, s, a - 4) < 0);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
