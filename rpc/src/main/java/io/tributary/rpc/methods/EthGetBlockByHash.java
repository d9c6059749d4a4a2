package io.tributary.rpc.methods;

import io.tributary.core.types.Hash;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.BlockResult;

/** {@code eth_getBlockByHash(hash, full)}: the block with transaction hashes or objects; null when unknown. */
public final class EthGetBlockByHash implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetBlockByHash(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getBlockByHash";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "block hash");
    final boolean full = request.parameters().bool(1, "full transactions flag");
    return JsonRpcResponse.success(queries.block(hash).map(b -> BlockResult.of(b, full)).orElse(null));
  }
}
