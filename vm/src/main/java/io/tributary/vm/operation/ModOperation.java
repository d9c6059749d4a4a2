package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MOD: unsigned a mod b; zero when b is zero. */
public final class ModOperation extends Operation {
  public ModOperation() {
    super(0x06, "MOD", 2, 1, GasCalculator.LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.mod(s, a, s, a - 4, s, a - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
