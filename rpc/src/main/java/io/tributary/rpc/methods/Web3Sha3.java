package io.tributary.rpc.methods;

import io.tributary.core.crypto.Keccak256;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;

/** {@code web3_sha3}: keccak-256 of the given data. */
public final class Web3Sha3 implements JsonRpcMethod {
  @Override
  public String name() {
    return "web3_sha3";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(Keccak256.hash(request.parameters().data(0, "data")).toHexString());
  }
}
