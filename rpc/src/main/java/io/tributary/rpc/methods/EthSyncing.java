package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.NetworkView;
import io.tributary.rpc.results.Quantities;
import io.tributary.rpc.results.SyncingResult;

/**
 * {@code eth_syncing}: {@code false} at the network's head; while range sync catches up, its starting, current and
 * highest known block, as Ethereum clients answer.
 */
public final class EthSyncing implements JsonRpcMethod {
  private final NetworkView network;

  public EthSyncing(final NetworkView network) {
    this.network = network;
  }

  @Override
  public String name() {
    return "eth_syncing";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return network.syncing().<JsonRpcResponse>map(p -> JsonRpcResponse.success(new SyncingResult(
        Quantities.of(p.startingBlock()), Quantities.of(p.currentBlock()), Quantities.of(p.highestBlock()))))
        .orElseGet(() -> JsonRpcResponse.success(false));
  }
}
