package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** LT: 1 if a < b (unsigned), else 0. */
public final class LtOperation extends Operation {
  public LtOperation() {
    super(0x10, "LT", 2, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.setBoolean(s, a - 4, Limbs.compareUnsigned(s, a, s, a - 4) < 0);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
