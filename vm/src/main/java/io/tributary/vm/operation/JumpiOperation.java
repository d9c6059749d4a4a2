package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** JUMPI: JUMP when the condition is non-zero, else on to the next instruction. */
public final class JumpiOperation extends Operation {
  public JumpiOperation() {
    super(0x57, "JUMPI", 2, 0, GasCalculator.HIGH_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    if (!Limbs.isZero(s, top - 4)) {
      final long destination = Limbs.clampToLong(s, top, Integer.MAX_VALUE);
      if (!frame.code().isJumpDest(destination)) {
        return HaltReason.INVALID_JUMP_DESTINATION;
      }
      frame.setPc((int) destination);
    }
    frame.pop(2);
    return HaltReason.NONE;
  }
}
