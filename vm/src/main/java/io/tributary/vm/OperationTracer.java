package io.tributary.vm;

import io.tributary.vm.frame.MessageFrame;

/**
 * Watches execution step by step (debug_traceTransaction's struct logs). Called on the interpreter's thread; the
 * frame may only be read. {@link #NONE} costs one predictable branch per operation.
 */
public interface OperationTracer {
  OperationTracer NONE = new OperationTracer() {};

  /** Before the operation at {@code frame.pc()} runs: stack, memory and gas are as it finds them. */
  default void beforeOperation(final MessageFrame frame, final int opcode) {}

  /**
   * After it ran: {@code gasCost} is what it charged (for CALL and CREATE, including the gas handed to the child),
   * {@code halt} whether it halted the frame exceptionally.
   */
  default void afterOperation(final MessageFrame frame, final int opcode, final long gasCost, final HaltReason halt) {}

  /** A frame starts (depth 0 is the transaction's first). */
  default void enterFrame(final MessageFrame frame) {}

  /** A frame ends; its outcome is on it. */
  default void exitFrame(final MessageFrame frame) {}
}
