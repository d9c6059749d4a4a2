package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** EQ: 1 if a == b, else 0. */
public final class EqOperation extends Operation {
  public EqOperation() {
    super(0x14, "EQ", 2, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.setBoolean(s, a - 4, Limbs.equal(s, a, s, a - 4));
    frame.pop(1);
    return HaltReason.NONE;
  }
}
