package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.results.Quantities;
import java.util.function.IntSupplier;

/** {@code net_peerCount}: connected peers, as a quantity. */
public final class NetPeerCount implements JsonRpcMethod {
  private final IntSupplier peers;

  public NetPeerCount(final IntSupplier peers) {
    this.peers = peers;
  }

  @Override
  public String name() {
    return "net_peerCount";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(Quantities.of(peers.getAsInt()));
  }
}
