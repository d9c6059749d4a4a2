package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.world.WorldState;
import java.util.Optional;

/**
 * The shared path of the methods that read account state at a block: the block must exist (geth's "header not
 * found") and its state must still be kept (geth's "missing trie node"), whether checked up front or met mid-read.
 */
final class StateReads {
  /** A read of the state after one block. */
  @FunctionalInterface
  interface Read {
    Object apply(BlockHeader header, WorldState state);
  }

  private StateReads() {}

  static JsonRpcResponse at(final BlockchainQueries queries, final BlockParameter block, final Read read) {
    final Optional<BlockHeader> header = queries.header(block);
    if (header.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.RESOURCE_NOT_FOUND, "header not found");
    }
    final Optional<WorldState> state = queries.state(header.get());
    if (state.isEmpty()) {
      return unavailable(header.get(), header.get().stateRoot().toHexString());
    }
    try {
      return JsonRpcResponse.success(read.apply(header.get(), state.get()));
    } catch (MissingTrieNodeException e) {
      return unavailable(header.get(), e.node().toHexString());
    }
  }

  private static JsonRpcResponse unavailable(final BlockHeader header, final String node) {
    return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR,
        "missing trie node " + node + " (state not available for block " + header.number() + ")");
  }
}
