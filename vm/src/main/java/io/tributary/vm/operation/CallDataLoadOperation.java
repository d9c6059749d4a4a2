package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CALLDATALOAD: 32 bytes of call data from an offset, zero past its end. */
public final class CallDataLoadOperation extends Operation {
  public CallDataLoadOperation() {
    super(0x35, "CALLDATALOAD", 1, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final byte[] input = frame.inputArray();
    final long offset = Operations.clamp(s, top);
    if (offset + 32 <= input.length) {
      Limbs.fromBytes32(input, (int) offset, s, top);
    } else {
      final byte[] word = new byte[32];
      if (offset < input.length) {
        System.arraycopy(input, (int) offset, word, 0, input.length - (int) offset);
      }
      Limbs.fromBytes32(word, 0, s, top);
    }
    return HaltReason.NONE;
  }
}
