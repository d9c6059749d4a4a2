package io.tributary.rpc.methods;

import io.tributary.core.types.Hash;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.Quantities;

/** {@code eth_getBlockTransactionCountByHash(hash)}: how many transactions the block has; null when unknown. */
public final class EthGetBlockTransactionCountByHash implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetBlockTransactionCountByHash(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getBlockTransactionCountByHash";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "block hash");
    return JsonRpcResponse.success(queries.block(hash)
        .map(b -> Quantities.of(b.body().transactions().size())).orElse(null));
  }
}
