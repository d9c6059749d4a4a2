package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.Quantities;

/** {@code eth_blockNumber}: the height of the canonical head. */
public final class EthBlockNumber implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthBlockNumber(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_blockNumber";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(Quantities.of(queries.head().number()));
  }
}
