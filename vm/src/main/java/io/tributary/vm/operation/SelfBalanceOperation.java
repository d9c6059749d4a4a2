package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** SELFBALANCE (EIP-1884): the balance of this frame's account, always warm. */
public final class SelfBalanceOperation extends Operation {
  public SelfBalanceOperation() {
    super(0x47, "SELFBALANCE", 0, 1, GasCalculator.LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.world().balance(frame.recipient()).toUInt256());
    return HaltReason.NONE;
  }
}
