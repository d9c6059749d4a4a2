package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** SWAP1..SWAP16 (0x90-0x9f): exchanges the top item with the (n+1)-th. */
public final class SwapOperation extends Operation {
  private final int index;

  public SwapOperation(final int index) {
    super(0x8f + index, "SWAP" + index, index + 1, index + 1, GasCalculator.VERY_LOW_TIER);
    this.index = index;
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    final int b = frame.item(index);
    for (int i = 0; i < 4; i++) {
      final long t = s[a + i];
      s[a + i] = s[b + i];
      s[b + i] = t;
    }
    return HaltReason.NONE;
  }
}
