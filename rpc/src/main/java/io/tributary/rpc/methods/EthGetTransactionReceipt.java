package io.tributary.rpc.methods;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Hash;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ReceiptResult;
import io.tributary.state.chain.TransactionLocation;
import java.util.List;
import java.util.Optional;

/** {@code eth_getTransactionReceipt(hash)}: the receipt of a mined transaction; null for pending or unknown ones. */
public final class EthGetTransactionReceipt implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetTransactionReceipt(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getTransactionReceipt";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "transaction hash");
    final Optional<TransactionLocation> location = queries.transactionLocation(hash);
    if (location.isEmpty()) {
      return JsonRpcResponse.success(null);
    }
    final Optional<Block> block = queries.block(location.get().blockHash());
    final List<TransactionReceipt> receipts = queries.receipts(location.get().blockHash());
    final int index = location.get().index();
    if (block.isEmpty() || receipts.size() <= index) {
      return JsonRpcResponse.success(null);
    }
    return JsonRpcResponse.success(ReceiptResult.of(block.get().header(), block.get().body().transactions().get(index),
        index, receipts));
  }
}
