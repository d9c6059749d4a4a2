package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** ADDRESS: the account whose storage this frame acts on. */
public final class AddressOperation extends Operation {
  public AddressOperation() {
    super(0x30, "ADDRESS", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.recipient());
    return HaltReason.NONE;
  }
}
