package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** BLOCKHASH: the hash of one of the 256 most recent blocks; zero for any other number. */
public final class BlockHashOperation extends Operation {
  public BlockHashOperation() {
    super(0x40, "BLOCKHASH", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (!frame.useGas(frame.gasCalculator().blockHash())) {
      return HaltReason.OUT_OF_GAS;
    }
    final long[] s = frame.stack();
    final int top = frame.top();
    final long current = frame.block().number();
    if (!Limbs.fitsNonNegativeLong(s, top)) {
      Limbs.setLong(s, top, 0);
      return HaltReason.NONE;
    }
    final long number = s[top];
    if (number >= current || current - number > 256) {
      Limbs.setLong(s, top, 0);
      return HaltReason.NONE;
    }
    Limbs.fromBytes32(frame.block().blockHashes().blockHash(number).toArrayUnsafe(), 0, s, top);
    return HaltReason.NONE;
  }
}
