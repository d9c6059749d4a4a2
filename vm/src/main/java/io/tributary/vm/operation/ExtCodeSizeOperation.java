package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** EXTCODESIZE: the size of an account's code; EIP-2929 warm or cold access. */
public final class ExtCodeSizeOperation extends Operation {
  public ExtCodeSizeOperation() {
    super(0x3b, "EXTCODESIZE", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final int top = frame.top();
    final Address account = frame.addressAt(top);
    if (!Operations.chargeAccountAccess(frame, account)) {
      return HaltReason.OUT_OF_GAS;
    }
    Limbs.setLong(frame.stack(), top, frame.world().code(account).size());
    return HaltReason.NONE;
  }
}
