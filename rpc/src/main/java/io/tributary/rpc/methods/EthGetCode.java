package io.tributary.rpc.methods;

import io.tributary.core.types.Address;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;

/** {@code eth_getCode(address, block)}: the account's code after the block; "0x" for none. */
public final class EthGetCode implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetCode(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getCode";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return StateReads.at(queries, block, (header, state) -> state.code(address).toHexString());
  }
}
