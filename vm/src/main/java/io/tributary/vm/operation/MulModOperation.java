package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** MULMOD: (a · b) mod n on the full 512-bit product; zero when n is zero. */
public final class MulModOperation extends Operation {
  public MulModOperation() {
    super(0x09, "MULMOD", 3, 1, GasCalculator.MID_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.mulMod(s, a, s, a - 4, s, a - 8, s, a - 8);
    frame.pop(2);
    return HaltReason.NONE;
  }
}
