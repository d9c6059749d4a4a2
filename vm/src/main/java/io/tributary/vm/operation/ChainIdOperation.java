package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** CHAINID (EIP-1344). */
public final class ChainIdOperation extends Operation {
  public ChainIdOperation() {
    super(0x46, "CHAINID", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.block().chainId());
    return HaltReason.NONE;
  }
}
