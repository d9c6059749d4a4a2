package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** DUP1..DUP16 (0x80-0x8f): pushes a copy of the n-th item (1 is the top). */
public final class DupOperation extends Operation {
  private final int index;

  public DupOperation(final int index) {
    super(0x7f + index, "DUP" + index, index, index + 1, GasCalculator.VERY_LOW_TIER);
    this.index = index;
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int from = frame.item(index - 1);
    final int to = frame.push();
    System.arraycopy(s, from, s, to, 4);
    return HaltReason.NONE;
  }
}
