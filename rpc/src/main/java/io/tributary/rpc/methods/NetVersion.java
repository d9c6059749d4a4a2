package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;

/** {@code net_version}: the network id as a decimal string (equal to the chain id on Tributary). */
public final class NetVersion implements JsonRpcMethod {
  private final long networkId;

  public NetVersion(final long networkId) {
    this.networkId = networkId;
  }

  @Override
  public String name() {
    return "net_version";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(Long.toString(networkId));
  }
}
