package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/** REVERT (EIP-140): the frame's changes are undone; a memory range is its output and unspent gas goes back. */
public final class RevertOperation extends Operation {
  public RevertOperation() {
    super(0xfd, "REVERT", 2, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final long size = Operations.clamp(s, top - 4);
    final HaltReason halt = frame.expandMemory(offset, size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    frame.pop(2);
    frame.revert(Bytes.wrap(frame.memory().copy(offset, size)));
    return HaltReason.NONE;
  }
}
