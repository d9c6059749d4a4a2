package io.tributary.rpc.methods;

import io.tributary.core.block.Block;
import io.tributary.rpc.JsonRpcParameters;
import io.tributary.rpc.results.TransactionResult;
import java.math.BigInteger;

/** The transaction at a position in a block, for the ...AndIndex methods: null when there is none. */
final class TransactionIndex {
  private TransactionIndex() {}

  static Object transactionAt(final Block block, final JsonRpcParameters parameters, final int position) {
    final BigInteger index = parameters.quantity(position, "transaction index");
    final int count = block.body().transactions().size();
    if (index.compareTo(BigInteger.valueOf(count)) >= 0) {
      return null;
    }
    final int i = index.intValueExact();
    return TransactionResult.mined(block.body().transactions().get(i), block.header(), i);
  }
}
