package io.tributary.rpc.methods;

import io.tributary.core.types.Hash;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;

/** {@code eth_getTransactionByBlockHashAndIndex(hash, index)}: null for an unknown block or index. */
public final class EthGetTransactionByBlockHashAndIndex implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetTransactionByBlockHashAndIndex(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getTransactionByBlockHashAndIndex";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "block hash");
    request.parameters().quantity(1, "transaction index");
    return JsonRpcResponse.success(queries.block(hash)
        .map(b -> TransactionIndex.transactionAt(b, request.parameters(), 1)).orElse(null));
  }
}
