package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.GasPriceOracle;

/** {@code eth_gasPrice}: the next block's base fee plus the suggested tip, enough for a legacy transaction now. */
public final class EthGasPrice implements JsonRpcMethod {
  private final GasPriceOracle oracle;

  public EthGasPrice(final GasPriceOracle oracle) {
    this.oracle = oracle;
  }

  @Override
  public String name() {
    return "eth_gasPrice";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(oracle.suggestedGasPrice().toShortHexString());
  }
}
