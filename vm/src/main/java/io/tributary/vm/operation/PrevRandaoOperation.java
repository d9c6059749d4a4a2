package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** PREVRANDAO (EIP-4399; DIFFICULTY before the merge): the header's mixHash. */
public final class PrevRandaoOperation extends Operation {
  public PrevRandaoOperation() {
    super(0x44, "PREVRANDAO", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushBytes(frame.block().prevRandao());
    return HaltReason.NONE;
  }
}
