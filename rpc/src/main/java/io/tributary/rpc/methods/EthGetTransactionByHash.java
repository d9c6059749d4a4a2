package io.tributary.rpc.methods;

import io.tributary.core.block.Block;
import io.tributary.core.types.Hash;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.query.PendingTransactionLookup;
import io.tributary.rpc.results.TransactionResult;
import io.tributary.state.chain.TransactionLocation;
import java.util.Optional;

/**
 * {@code eth_getTransactionByHash(hash)}: a mined transaction with its block and position, else a pooled one with
 * null block fields (as geth shows pending transactions), else null.
 */
public final class EthGetTransactionByHash implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final PendingTransactionLookup pending;

  public EthGetTransactionByHash(final BlockchainQueries queries, final PendingTransactionLookup pending) {
    this.queries = queries;
    this.pending = pending;
  }

  @Override
  public String name() {
    return "eth_getTransactionByHash";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "transaction hash");
    final Optional<TransactionLocation> location = queries.transactionLocation(hash);
    if (location.isPresent()) {
      final Optional<Block> block = queries.block(location.get().blockHash());
      if (block.isPresent()) {
        final int index = location.get().index();
        return JsonRpcResponse.success(TransactionResult.mined(block.get().body().transactions().get(index),
            block.get().header(), index));
      }
    }
    return JsonRpcResponse.success(pending.byHash(hash).map(TransactionResult::pending).orElse(null));
  }
}
