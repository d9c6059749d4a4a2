package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;

/** 0xFE INVALID, and every byte no fork assigns: halts, consuming all gas. */
public final class InvalidOperation extends Operation {
  public InvalidOperation(final int opcode) {
    super(opcode, opcode == 0xfe ? "INVALID" : String.format("opcode 0x%02x not defined", opcode), 0, 0, 0);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    return HaltReason.INVALID_OPCODE;
  }
}
