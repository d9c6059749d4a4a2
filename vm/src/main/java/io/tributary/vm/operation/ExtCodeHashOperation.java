package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** EXTCODEHASH (EIP-1052): the hash of an account's code; zero for a missing or empty account. */
public final class ExtCodeHashOperation extends Operation {
  public ExtCodeHashOperation() {
    super(0x3f, "EXTCODEHASH", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final int top = frame.top();
    final Address account = frame.addressAt(top);
    if (!Operations.chargeAccountAccess(frame, account)) {
      return HaltReason.OUT_OF_GAS;
    }
    final EvmWorld world = frame.world();
    if (world.isEmpty(account)) {
      Limbs.setLong(frame.stack(), top, 0);
    } else {
      Limbs.fromBytes32(world.codeHash(account).toArrayUnsafe(), 0, frame.stack(), top);
    }
    return HaltReason.NONE;
  }
}
