package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** ADDMOD: (a + b) mod n without wrapping at 2^256; zero when n is zero. */
public final class AddModOperation extends Operation {
  public AddModOperation() {
    super(0x08, "ADDMOD", 3, 1, GasCalculator.MID_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    Limbs.addMod(s, a, s, a - 4, s, a - 8, s, a - 8);
    frame.pop(2);
    return HaltReason.NONE;
  }
}
