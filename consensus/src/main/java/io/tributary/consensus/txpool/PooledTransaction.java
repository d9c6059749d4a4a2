package io.tributary.consensus.txpool;

import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Address;
import io.tributary.state.processing.TransactionFees;
import java.util.Comparator;

/** A transaction in the pool, with its recovered sender and its arrival order (which breaks price ties). */
public record PooledTransaction(Transaction transaction, Address sender, long sequence) {
  /** Cheapest first: by tip cap, then fee cap, then the newest. Eviction takes the first. */
  public static final Comparator<PooledTransaction> CHEAPEST_FIRST = Comparator
      .comparing((PooledTransaction p) -> TransactionFees.tipCap(p.transaction()))
      .thenComparing(p -> TransactionFees.feeCap(p.transaction()))
      .thenComparing(Comparator.comparingLong(PooledTransaction::sequence).reversed());

  public long nonce() {
    return transaction.nonce();
  }
}
