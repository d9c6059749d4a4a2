package io.tributary.node.network;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Transactions gossiped together: {@code rlp([tx...])}, each as it appears in a block body (a legacy transaction as
 * its list, a typed one as a string holding {@code type || rlp(fields)}).
 */
public final class TransactionBatch {
  /** The most transactions one gossip message may carry. */
  public static final int MAX_TRANSACTIONS = 4096;

  private TransactionBatch() {}

  public static Bytes encode(final List<Transaction> transactions) {
    return FlatBytes.of(RLP.encodeList(w -> transactions.forEach(tx -> {
      if (tx.type().isTyped()) {
        w.writeValue(tx.encoded());
      } else {
        w.writeRLP(tx.encoded());
      }
    })));
  }

  /** Decodes strictly: a malformed transaction, or more than {@link #MAX_TRANSACTIONS}, is a DecodingException. */
  public static List<Transaction> decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "transactions", in -> {
      final List<Transaction> transactions = new ArrayList<>();
      while (!in.isEndOfList()) {
        if (transactions.size() == MAX_TRANSACTIONS) {
          throw in.error(DecodingError.WRONG_FIELD_COUNT, "transactions", "more than " + MAX_TRANSACTIONS);
        }
        transactions.add(TransactionDecoder.readFromBody(in, "transactions[" + transactions.size() + "]"));
      }
      return transactions;
    });
  }
}
