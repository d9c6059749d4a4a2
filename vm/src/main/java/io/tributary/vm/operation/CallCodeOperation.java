package io.tributary.vm.operation;

import io.tributary.vm.MessageKind;

/** CALLCODE: runs another account's code on this account's storage and balance. */
public final class CallCodeOperation extends AbstractCallOperation {
  public CallCodeOperation() {
    super(0xf2, "CALLCODE", MessageKind.CALLCODE, true);
  }
}
