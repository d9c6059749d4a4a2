package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** EXTCODECOPY: an account's code to memory, zero past its end; access, copy and memory gas. */
public final class ExtCodeCopyOperation extends Operation {
  public ExtCodeCopyOperation() {
    super(0x3c, "EXTCODECOPY", 4, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final Address account = frame.addressAt(top);
    final long destination = Operations.clamp(s, top - 4);
    final long offset = Operations.clamp(s, top - 8);
    final long size = Operations.clamp(s, top - 12);
    if (!Operations.chargeAccountAccess(frame, account)) {
      return HaltReason.OUT_OF_GAS;
    }
    final HaltReason halt = Operations.chargeCopy(frame, destination, size);
    if (halt != HaltReason.NONE) {
      return halt;
    }
    if (size > 0) {
      frame.memory().copyPadded(destination, frame.world().code(account).toArrayUnsafe(), offset, size);
    }
    frame.pop(4);
    return HaltReason.NONE;
  }
}
