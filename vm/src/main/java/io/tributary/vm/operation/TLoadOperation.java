package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** TLOAD (EIP-1153, Cancun): a transient storage slot of this frame's account. */
public final class TLoadOperation extends Operation {
  public TLoadOperation() {
    super(0x5c, "TLOAD", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (!frame.useGas(frame.gasCalculator().transientStorage())) {
      return HaltReason.OUT_OF_GAS;
    }
    final int top = frame.top();
    frame.setUInt256(top, frame.substate().transientStorage(frame.recipient(), frame.uint256At(top)));
    return HaltReason.NONE;
  }
}
