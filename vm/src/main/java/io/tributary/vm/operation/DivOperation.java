package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** DIV: unsigned a / b; zero when b is zero. */
public final class DivOperation extends Operation {
  public DivOperation() {
    super(0x04, "DIV", 2, 1, GasCalculator.LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.div(s, a, s, a - 4, s, a - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
