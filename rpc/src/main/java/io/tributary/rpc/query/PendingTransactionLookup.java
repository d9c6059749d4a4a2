package io.tributary.rpc.query;

import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Hash;
import java.util.Optional;

/** Transactions accepted but not yet mined, by hash (the transaction pool's {@code get} fits it). */
@FunctionalInterface
public interface PendingTransactionLookup {
  PendingTransactionLookup NONE = hash -> Optional.empty();

  Optional<Transaction> byHash(Hash hash);
}
