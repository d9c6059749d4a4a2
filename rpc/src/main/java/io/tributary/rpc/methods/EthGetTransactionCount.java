package io.tributary.rpc.methods;

import io.tributary.core.types.Address;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.query.PendingNonces;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.world.Account;

/**
 * {@code eth_getTransactionCount(address, block)}: the account's nonce after the block. For "pending" the pooled
 * transactions that follow it are counted too, so a wallet can send several before a block includes them.
 */
public final class EthGetTransactionCount implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final PendingNonces pendingNonces;

  public EthGetTransactionCount(final BlockchainQueries queries, final PendingNonces pendingNonces) {
    this.queries = queries;
    this.pendingNonces = pendingNonces;
  }

  @Override
  public String name() {
    return "eth_getTransactionCount";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    final boolean pending = block.equals(new BlockParameter.Tagged(BlockParameter.Tag.PENDING));
    return StateReads.at(queries, block, (header, state) -> {
      final long nonce = state.account(address).map(Account::nonce).orElse(0L);
      return Quantities.of(pending ? pendingNonces.nextNonce(address, nonce).orElse(nonce) : nonce);
    });
  }
}
