package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.NetworkView;
import io.tributary.rpc.results.NodeInfoResult;

/** {@code admin_nodeInfo}: this node's enode URL (what another node puts in --bootnodes), id and listen address. */
public final class AdminNodeInfo implements JsonRpcMethod {
  private final NetworkView network;
  private final String clientVersion;

  public AdminNodeInfo(final NetworkView network, final String clientVersion) {
    this.network = network;
    this.clientVersion = clientVersion;
  }

  @Override
  public String name() {
    return "admin_nodeInfo";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return network.identity()
        .map(id -> JsonRpcResponse.success(new NodeInfoResult(id.enode().orElse(null), id.id(), clientVersion,
            id.listenHost(), id.listenHost() + ":" + id.listenPort(),
            new NodeInfoResult.Ports(0, id.listenPort()))))
        .orElseGet(() -> JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "p2p networking is off on this node"));
  }
}
