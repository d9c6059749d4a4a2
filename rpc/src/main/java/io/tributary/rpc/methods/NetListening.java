package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;

/** {@code net_listening}: whether the node accepts peer connections; a devnet node has no p2p port. */
public final class NetListening implements JsonRpcMethod {
  private final boolean listening;

  public NetListening(final boolean listening) {
    this.listening = listening;
  }

  @Override
  public String name() {
    return "net_listening";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(listening);
  }
}
