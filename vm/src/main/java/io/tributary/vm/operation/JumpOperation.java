package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** JUMP: continues at a JUMPDEST; anywhere else halts. */
public final class JumpOperation extends Operation {
  public JumpOperation() {
    super(0x56, "JUMP", 1, 0, GasCalculator.MID_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long destination = Limbs.clampToLong(s, top, Integer.MAX_VALUE);
    if (!frame.code().isJumpDest(destination)) {
      return HaltReason.INVALID_JUMP_DESTINATION;
    }
    frame.setPc((int) destination);
    frame.pop(1);
    return HaltReason.NONE;
  }
}
