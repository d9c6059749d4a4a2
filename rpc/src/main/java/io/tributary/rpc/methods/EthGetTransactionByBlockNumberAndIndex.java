package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;

/** {@code eth_getTransactionByBlockNumberAndIndex(block, index)}: null for an unknown block or index. */
public final class EthGetTransactionByBlockNumberAndIndex implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetTransactionByBlockNumberAndIndex(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getTransactionByBlockNumberAndIndex";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().required(0, "block number"), "params[0]");
    request.parameters().quantity(1, "transaction index");
    return JsonRpcResponse.success(queries.block(block)
        .map(b -> TransactionIndex.transactionAt(b, request.parameters(), 1)).orElse(null));
  }
}
