package io.tributary.rpc.methods;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.world.Account;

/** {@code eth_getBalance(address, block)}: the account's balance in wei after the block; zero for no account. */
public final class EthGetBalance implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetBalance(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getBalance";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return StateReads.at(queries, block, (header, state) ->
        state.account(address).map(Account::balance).orElse(Wei.ZERO).toShortHexString());
  }
}
