package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.Quantities;

/** {@code eth_getBlockTransactionCountByNumber(block)}: how many transactions the block has; null when unknown. */
public final class EthGetBlockTransactionCountByNumber implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetBlockTransactionCountByNumber(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getBlockTransactionCountByNumber";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().required(0, "block number"), "params[0]");
    return JsonRpcResponse.success(queries.block(block)
        .map(b -> Quantities.of(b.body().transactions().size())).orElse(null));
  }
}
