package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** TSTORE (EIP-1153, Cancun): writes a transient storage slot; forbidden in a static frame. */
public final class TStoreOperation extends Operation {
  public TStoreOperation() {
    super(0x5d, "TSTORE", 2, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    if (!frame.useGas(frame.gasCalculator().transientStorage())) {
      return HaltReason.OUT_OF_GAS;
    }
    final int top = frame.top();
    frame.substate().setTransientStorage(frame.recipient(), frame.uint256At(top), frame.uint256At(top - 4));
    frame.pop(2);
    return HaltReason.NONE;
  }
}
