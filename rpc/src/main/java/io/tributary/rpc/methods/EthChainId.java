package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;

/** {@code eth_chainId}: the EIP-155 chain id as a quantity. */
public final class EthChainId implements JsonRpcMethod {
  private final long chainId;

  public EthChainId(final long chainId) {
    this.chainId = chainId;
  }

  @Override
  public String name() {
    return "eth_chainId";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success("0x" + Long.toHexString(chainId));
  }
}
