package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** SGT: 1 if a > b (two's complement), else 0. */
public final class SGtOperation extends Operation {
  public SGtOperation() {
    super(0x13, "SGT", 2, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.setBoolean(s, a - 4, Limbs.compareSigned(s, a, s, a - 4) > 0);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
