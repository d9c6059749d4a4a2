package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** BALANCE: an account's balance; EIP-2929 warm or cold access. */
public final class BalanceOperation extends Operation {
  public BalanceOperation() {
    super(0x31, "BALANCE", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final int top = frame.top();
    final Address account = frame.addressAt(top);
    if (!Operations.chargeAccountAccess(frame, account)) {
      return HaltReason.OUT_OF_GAS;
    }
    frame.setUInt256(top, frame.world().balance(account).toUInt256());
    return HaltReason.NONE;
  }
}
