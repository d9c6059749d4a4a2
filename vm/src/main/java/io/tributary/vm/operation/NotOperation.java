package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** NOT: bitwise complement. */
public final class NotOperation extends Operation {
  public NotOperation() {
    super(0x19, "NOT", 1, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.not(s, a, s, a);
    return HaltReason.NONE;
  }
}
