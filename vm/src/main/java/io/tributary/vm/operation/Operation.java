package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;

/**
 * One opcode, laid out as the execution specs do: its stack effect and constant gas are data the interpreter checks
 * and charges before {@link #execute} runs; {@code execute} charges any dynamic gas, does the work, and moves the
 * program counter (the interpreter has already set it past the opcode byte).
 */
public abstract class Operation {
  private final int opcode;
  private final String name;
  private final int stackInputs;
  private final int stackOutputs;
  private final long constantGas;
  private final int maxStackBefore;

  protected Operation(final int opcode, final String name, final int stackInputs, final int stackOutputs,
      final long constantGas) {
    this.opcode = opcode;
    this.name = name;
    this.stackInputs = stackInputs;
    this.stackOutputs = stackOutputs;
    this.constantGas = constantGas;
    this.maxStackBefore = MessageFrame.MAX_STACK_SIZE - Math.max(0, stackOutputs - stackInputs);
  }

  /** Runs the operation; {@link HaltReason#NONE} unless the frame must halt exceptionally. */
  public abstract HaltReason execute(MessageFrame frame);

  public final int opcode() {
    return opcode;
  }

  public final String name() {
    return name;
  }

  /** Items the operation takes off the stack. */
  public final int stackInputs() {
    return stackInputs;
  }

  /** Items it puts back. */
  public final int stackOutputs() {
    return stackOutputs;
  }

  /** Gas charged before it runs. */
  public final long constantGas() {
    return constantGas;
  }

  /** The most items the stack may hold before it runs without overflowing 1024. */
  public final int maxStackBefore() {
    return maxStackBefore;
  }

  @Override
  public String toString() {
    return name;
  }
}
