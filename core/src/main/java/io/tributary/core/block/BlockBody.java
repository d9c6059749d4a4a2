package io.tributary.core.block;

import io.tributary.core.rlp.RlpInput;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * Transactions, ommers (always empty on Tributary, decoded for Ethereum blocks) and, from Shanghai on, withdrawals.
 * In a block, typed transactions are RLP strings holding their EIP-2718 encoding and legacy ones are lists.
 */
public record BlockBody(List<Transaction> transactions, List<BlockHeader> ommers, Optional<List<Withdrawal>> withdrawals) {
  public BlockBody {
    transactions = List.copyOf(transactions);
    ommers = List.copyOf(ommers);
    withdrawals = withdrawals.map(List::copyOf);
  }

  /** A Tributary body: the transactions, no ommers, an empty withdrawals list. */
  public static BlockBody of(final List<Transaction> transactions) {
    return new BlockBody(transactions, List.of(), Optional.of(List.of()));
  }

  /** Writes the body's items (not wrapped in a list: a block and a p2p body message wrap them differently). */
  public void writeItems(final RLPWriter w) {
    w.writeList(txs -> transactions.forEach(tx -> {
      if (tx.type().isTyped()) {
        txs.writeValue(tx.encoded());
      } else {
        txs.writeRLP(tx.encoded());
      }
    }));
    w.writeList(o -> ommers.forEach(header -> header.writeTo(o)));
    withdrawals.ifPresent(list -> w.writeList(ws -> list.forEach(withdrawal -> withdrawal.writeTo(ws))));
  }

  /** Reads the items written by {@link #writeItems}. */
  public static BlockBody readItems(final RlpInput in) {
    final List<Transaction> transactions =
        in.readListOf("transactions", t -> TransactionDecoder.readFromBody(t, "transaction"));
    final List<BlockHeader> ommers = in.readListOf("ommers", o -> BlockHeader.readFrom(o, "ommer"));
    final Optional<List<Withdrawal>> withdrawals = in.isEndOfList() ? Optional.empty()
        : Optional.of(in.readListOf("withdrawals", w -> Withdrawal.readFrom(w, "withdrawal")));
    return new BlockBody(transactions, ommers, withdrawals);
  }
}
