package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** OR: bitwise a | b. */
public final class OrOperation extends Operation {
  public OrOperation() {
    super(0x17, "OR", 2, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.or(s, a, s, a - 4, s, a - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
