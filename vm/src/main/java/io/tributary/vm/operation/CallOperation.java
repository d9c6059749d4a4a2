package io.tributary.vm.operation;

import io.tributary.vm.MessageKind;

/** CALL: a message call that may carry value; forbidden with value in a static frame. */
public final class CallOperation extends AbstractCallOperation {
  public CallOperation() {
    super(0xf1, "CALL", MessageKind.CALL, true);
  }
}
