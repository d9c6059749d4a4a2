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
import io.tributary.state.world.WorldState;

/**
 * {@code eth_getTransactionCount(address, block)}: the account's nonce after the block. For "pending" the pooled
 * transactions that follow it are counted too, so a wallet can send several before a block includes them.
 */
public final class EthGetTransactionCount implements JsonRpcMethod {
  private static final int MAX_TRIES = 8;

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
    if (!block.equals(new BlockParameter.Tagged(BlockParameter.Tag.PENDING))) {
      return StateReads.at(queries, block, (header, state) -> Quantities.of(nonceIn(state, address)));
    }
    // The pool forgets a transaction once the block including it is added, which is after the head moves: a nonce
    // read at the old head and a pool pruned since would answer a nonce already used. The answer stands only when
    // the head did not move during the read (a few tries, then the last answer, as a busy chain can outrun them).
    JsonRpcResponse response;
    int tries = 0;
    long head;
    do {
      head = queries.head().number(); // final blocks only (BFT): the head moves by its number, never sideways
      response = StateReads.at(queries, block, (header, state) -> {
        final long nonce = nonceIn(state, address);
        return Quantities.of(pendingNonces.nextNonce(address, nonce).orElse(nonce));
      });
    } while (queries.head().number() != head && ++tries < MAX_TRIES);
    return response;
  }

  private static long nonceIn(final WorldState state, final Address address) {
    return state.account(address).map(Account::nonce).orElse(0L);
  }
}
