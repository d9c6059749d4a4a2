package io.tributary.vm.operation;

import java.util.Arrays;

/**
 * The operations of a fork by opcode: the single source of truth the interpreter dispatches through. Built
 * cumulatively: a fork starts from its predecessor's registry and registers what its EIPs add or change.
 */
public final class OperationRegistry {
  private final Operation[] operations;

  private OperationRegistry(final Operation[] operations) {
    this.operations = operations;
  }

  /** A registry where every opcode is invalid. */
  public static OperationRegistry empty() {
    final Operation[] table = new Operation[256];
    for (int i = 0; i < 256; i++) {
      table[i] = new InvalidOperation(i);
    }
    return new OperationRegistry(table);
  }

  /** A copy with {@code operation} at its opcode (added, or replacing the predecessor's). */
  public OperationRegistry with(final Operation... added) {
    final Operation[] table = Arrays.copyOf(operations, 256);
    for (final Operation operation : added) {
      table[operation.opcode()] = operation;
    }
    return new OperationRegistry(table);
  }

  public Operation get(final int opcode) {
    return operations[opcode];
  }

  /** The dispatch table (the interpreter's hot path; do not modify). */
  public Operation[] table() {
    return operations;
  }

  public boolean isDefined(final int opcode) {
    return !(operations[opcode] instanceof InvalidOperation);
  }
}
