package io.tributary.state.processing;

import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.TransactionInvalidReason;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of executing a block's transactions: their receipts and total gas, or the first transaction that could
 * not be included (which makes the block invalid).
 */
public record BlockProcessingResult(List<TransactionReceipt> receipts, long gasUsed,
    Optional<InvalidTransaction> invalidTransaction) {
  /** Why the transaction at {@code index} made the block invalid. */
  public record InvalidTransaction(int index, TransactionInvalidReason reason, String message) {}

  public BlockProcessingResult {
    receipts = List.copyOf(receipts);
  }

  public boolean isValid() {
    return invalidTransaction.isEmpty();
  }
}
