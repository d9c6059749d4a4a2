package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.BlockResult;

/** {@code eth_getBlockByNumber(block, full)}: the block with transaction hashes or objects; null when unknown. */
public final class EthGetBlockByNumber implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetBlockByNumber(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getBlockByNumber";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().required(0, "block number"), "params[0]");
    final boolean full = request.parameters().bool(1, "full transactions flag");
    return JsonRpcResponse.success(queries.block(block).map(b -> BlockResult.of(b, full)).orElse(null));
  }
}
