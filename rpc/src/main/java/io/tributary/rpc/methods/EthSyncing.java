package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import java.util.function.BooleanSupplier;

/** {@code eth_syncing}: false while the node is at the network's head (range sync reports progress here later). */
public final class EthSyncing implements JsonRpcMethod {
  private final BooleanSupplier syncing;

  public EthSyncing(final BooleanSupplier syncing) {
    this.syncing = syncing;
  }

  @Override
  public String name() {
    return "eth_syncing";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(syncing.getAsBoolean());
  }
}
