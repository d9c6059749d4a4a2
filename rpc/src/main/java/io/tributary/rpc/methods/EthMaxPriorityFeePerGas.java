package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.GasPriceOracle;

/** {@code eth_maxPriorityFeePerGas}: the tip the oracle suggests for a transaction sent now. */
public final class EthMaxPriorityFeePerGas implements JsonRpcMethod {
  private final GasPriceOracle oracle;

  public EthMaxPriorityFeePerGas(final GasPriceOracle oracle) {
    this.oracle = oracle;
  }

  @Override
  public String name() {
    return "eth_maxPriorityFeePerGas";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(oracle.suggestedTip().toShortHexString());
  }
}
