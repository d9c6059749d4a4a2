package io.tributary.vm.operation;

import io.tributary.vm.MessageKind;

/** STATICCALL (EIP-214): a call whose frame and all below it may not change state. */
public final class StaticCallOperation extends AbstractCallOperation {
  public StaticCallOperation() {
    super(0xfa, "STATICCALL", MessageKind.STATICCALL, false);
  }
}
