package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** BLOBBASEFEE (EIP-7516, Cancun): the block's blob base fee. */
public final class BlobBaseFeeOperation extends Operation {
  public BlobBaseFeeOperation() {
    super(0x4a, "BLOBBASEFEE", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.block().blobBaseFee().toUInt256());
    return HaltReason.NONE;
  }
}
