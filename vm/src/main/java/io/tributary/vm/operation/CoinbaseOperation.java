package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** COINBASE: the block's fee recipient. */
public final class CoinbaseOperation extends Operation {
  public CoinbaseOperation() {
    super(0x41, "COINBASE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.block().coinbase());
    return HaltReason.NONE;
  }
}
