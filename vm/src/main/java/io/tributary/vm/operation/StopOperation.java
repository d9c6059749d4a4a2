package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/** STOP: the frame succeeds with no output. */
public final class StopOperation extends Operation {
  public StopOperation() {
    super(0x00, "STOP", 0, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    frame.succeed(Bytes.EMPTY);
    return HaltReason.NONE;
  }
}
