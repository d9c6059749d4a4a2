package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.units.bigints.UInt256;

/** SSTORE: writes a storage slot, priced and refunded by EIP-2200 as EIP-2929 and EIP-3529 amend it. */
public final class SStoreOperation extends Operation {
  public SStoreOperation() {
    super(0x55, "SSTORE", 2, 0, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    final GasCalculator gas = frame.gasCalculator();
    if (frame.gasRemaining() <= gas.sstoreSentry()) {
      return HaltReason.OUT_OF_GAS; // EIP-2200: no SSTORE on the call stipend
    }
    final int top = frame.top();
    final Address account = frame.recipient();
    final UInt256 slot = frame.uint256At(top);
    final UInt256 value = frame.uint256At(top - 4);
    final EvmWorld world = frame.world();
    final boolean warm = frame.substate().warmSlot(account, slot);
    final UInt256 current = world.storage(account, slot);
    final UInt256 original = world.originalStorage(account, slot);
    final boolean valueEqualsCurrent = value.equals(current);
    final boolean currentEqualsOriginal = current.equals(original);
    final long cost = gas.sstoreCost(original.isZero(), currentEqualsOriginal, valueEqualsCurrent)
        + (warm ? 0 : gas.coldSload());
    if (!frame.useGas(cost)) {
      return HaltReason.OUT_OF_GAS;
    }
    final long refund = gas.sstoreRefund(original.isZero(), current.isZero(), value.isZero(), currentEqualsOriginal,
        valueEqualsCurrent, value.equals(original));
    if (refund != 0) {
      frame.substate().addRefund(refund);
    }
    if (!valueEqualsCurrent) {
      world.setStorage(account, slot, value);
    }
    frame.pop(2);
    return HaltReason.NONE;
  }
}
