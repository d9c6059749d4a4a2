package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** TIMESTAMP: the block's timestamp. */
public final class TimestampOperation extends Operation {
  public TimestampOperation() {
    super(0x42, "TIMESTAMP", 0, 1, GasCalculator.BASE_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.pushLong(frame.block().timestamp());
    return HaltReason.NONE;
  }
}
