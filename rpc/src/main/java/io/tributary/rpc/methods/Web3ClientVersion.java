package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;

/** {@code web3_clientVersion}: the node's name and version. */
public final class Web3ClientVersion implements JsonRpcMethod {
  private final String clientVersion;

  public Web3ClientVersion(final String clientVersion) {
    this.clientVersion = clientVersion;
  }

  @Override
  public String name() {
    return "web3_clientVersion";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(clientVersion);
  }
}
