package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.frame.TransactionSubstate;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/**
 * SELFDESTRUCT: sends the whole balance to a beneficiary and stops. Before Cancun the account is deleted at the end of
 * the transaction; with EIP-6780 only when it was created in the same transaction, otherwise only the balance moves.
 * 5,000 gas, 2,600 more for a cold beneficiary, 25,000 more for sending value to an empty one.
 */
public final class SelfDestructOperation extends Operation {
  private final boolean onlyInCreatingTransaction;

  /** @param onlyInCreatingTransaction EIP-6780 (Cancun) */
  public SelfDestructOperation(final boolean onlyInCreatingTransaction) {
    super(0xff, "SELFDESTRUCT", 1, 0, 5000);
    this.onlyInCreatingTransaction = onlyInCreatingTransaction;
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    final GasCalculator gas = frame.gasCalculator();
    final TransactionSubstate substate = frame.substate();
    final EvmWorld world = frame.world();
    final Address self = frame.recipient();
    final Address beneficiary = frame.addressAt(frame.top());
    final Wei balance = world.balance(self);
    long cost = substate.warmAddress(beneficiary) ? 0 : gas.coldAccountAccess();
    if (!balance.isZero() && world.isEmpty(beneficiary)) {
      cost += gas.newAccount();
    }
    if (!frame.useGas(cost)) {
      return HaltReason.OUT_OF_GAS;
    }
    frame.pop(1);
    final boolean destroys = !onlyInCreatingTransaction || substate.wasCreated(self);
    substate.touch(beneficiary);
    if (!balance.isZero()) {
      world.subtractBalance(self, balance);
      world.addBalance(beneficiary, balance);
    }
    if (destroys) {
      // The account goes at the end of the transaction; its balance is gone now, even when it named itself heir.
      if (!world.balance(self).isZero()) {
        world.setBalance(self, Wei.ZERO);
      }
      if (!substate.isSelfDestructed(self)) {
        final long refund = gas.selfDestructRefund();
        if (refund != 0) {
          substate.addRefund(refund);
        }
        substate.addSelfDestruct(self);
      }
    }
    frame.succeed(Bytes.EMPTY);
    return HaltReason.NONE;
  }
}
