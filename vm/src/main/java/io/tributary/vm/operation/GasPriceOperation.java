package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** GASPRICE: the effective gas price of the transaction. */
public final class GasPriceOperation extends Operation {
  public GasPriceOperation() {
    super(0x3a, "GASPRICE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.transaction().gasPrice().toUInt256());
    return HaltReason.NONE;
  }
}
