package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Wei;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.Account;
import io.tributary.state.world.WorldState;
import java.util.Optional;

/**
 * What eth_call and eth_estimateGas can decide while the protocol spec runs no code: a call is a value transfer, which
 * either fits (no return data, intrinsic gas) or fails for a stated reason. Calls that would run code are refused by
 * name rather than answered wrongly; the EVM replaces this with real execution.
 */
final class TransferCallCheck {
  private TransferCallCheck() {}

  /** Why the call cannot run on {@code state} in the block after {@code header}; empty when it can. */
  static Optional<String> problem(final CallParameter call, final BlockHeader header, final WorldState state,
      final ProtocolSchedule schedule) {
    final String spec = schedule.specAt(header.number() + 1).name();
    if (call.to().isEmpty()) {
      return Optional.of("contract creation needs the EVM, which protocol spec " + spec + " does not include yet");
    }
    if (state.account(call.to().get()).map(Account::hasCode).orElse(false)) {
      return Optional.of("calling contract " + call.to().get() + " needs the EVM, which protocol spec " + spec
          + " does not include yet");
    }
    if (call.gas().isPresent() && call.gas().getAsLong() < call.intrinsicGas()) {
      return Optional.of("intrinsic gas too low: gas " + call.gas().getAsLong() + ", minimum needed "
          + call.intrinsicGas());
    }
    if (call.from().isPresent()) {
      final Wei balance = state.account(call.from().get()).map(Account::balance).orElse(Wei.ZERO);
      final Wei gasCost = call.feeCap().map(price -> price.multiply(call.gas().orElse(call.intrinsicGas())))
          .orElse(Wei.ZERO);
      final Wei needed = gasCost.add(call.value());
      if (needed.compareTo(balance) > 0) {
        return Optional.of("insufficient funds for gas * price + value: address " + call.from().get() + " have "
            + balance.toBigInteger() + " want " + needed.toBigInteger());
      }
    } else if (!call.value().isZero()) {
      return Optional.of("insufficient funds for gas * price + value: the zero address has no balance");
    }
    return Optional.empty();
  }
}
