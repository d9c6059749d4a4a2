package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** BASEFEE (EIP-3198, London): the block's base fee. */
public final class BaseFeeOperation extends Operation {
  public BaseFeeOperation() {
    super(0x48, "BASEFEE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.block().baseFee().toUInt256());
    return HaltReason.NONE;
  }
}
