package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.NetworkView;
import io.tributary.rpc.results.PeerResult;
import io.tributary.rpc.results.Quantities;

/** {@code admin_peers}: the connected peers, their addresses and the head each last announced. */
public final class AdminPeers implements JsonRpcMethod {
  private final NetworkView network;

  public AdminPeers(final NetworkView network) {
    this.network = network;
  }

  @Override
  public String name() {
    return "admin_peers";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(network.peers().stream().map(peer -> new PeerResult(peer.id(),
        peer.enode().orElse(null), new PeerResult.Network(peer.remoteAddress(), peer.inbound()),
        new PeerResult.Protocols(new PeerResult.Tributary(Quantities.of(peer.headNumber()), peer.headHash()))))
        .toList());
  }
}
