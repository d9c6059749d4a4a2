package io.tributary.vm.operation;

import io.tributary.vm.MessageKind;

/** DELEGATECALL (EIP-7): runs another account's code with this frame's sender, value and storage. */
public final class DelegateCallOperation extends AbstractCallOperation {
  public DelegateCallOperation() {
    super(0xf4, "DELEGATECALL", MessageKind.DELEGATECALL, false);
  }
}
