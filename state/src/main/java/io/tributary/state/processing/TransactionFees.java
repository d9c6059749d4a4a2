package io.tributary.state.processing;

import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Wei;

/** EIP-1559 prices of a transaction under a base fee. */
public final class TransactionFees {
  private TransactionFees() {}

  /** The most the sender may pay per gas: maxFeePerGas, or gasPrice for legacy and access-list transactions. */
  public static Wei feeCap(final Transaction tx) {
    return tx.gasPrice().orElseGet(tx::maxFeePerGas);
  }

  /** The most the sender offers the producer per gas above the base fee. */
  public static Wei tipCap(final Transaction tx) {
    return tx.gasPrice().orElseGet(tx::maxPriorityFeePerGas);
  }

  /** What the sender pays per gas: min(feeCap, baseFee + tipCap). Requires feeCap >= baseFee. */
  public static Wei effectiveGasPrice(final Transaction tx, final Wei baseFee) {
    final Wei cap = feeCap(tx);
    final Wei withTip = baseFee.add(tipCap(tx));
    return withTip.compareTo(cap) < 0 ? withTip : cap;
  }

  /** The producer's share per gas: effective price minus base fee (0 when the fee cap is below the base fee). */
  public static Wei effectiveTip(final Transaction tx, final Wei baseFee) {
    if (feeCap(tx).compareTo(baseFee) < 0) {
      return Wei.ZERO;
    }
    return effectiveGasPrice(tx, baseFee).subtract(baseFee);
  }

  /** gasLimit * feeCap + value: what the sender must hold before the transaction may run. */
  public static Wei upfrontCost(final Transaction tx) {
    return feeCap(tx).multiply(tx.gasLimit()).add(tx.value());
  }
}
