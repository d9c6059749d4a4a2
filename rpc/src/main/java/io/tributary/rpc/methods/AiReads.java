package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.vm.EvmWorld;
import java.util.Optional;

/**
 * The shared path of the ai_ methods: find the block (geth's "header not found"), check its state is kept ("missing
 * trie node", whether up front or met mid-read), and read the AI modules' records through an EVM view of that state,
 * as the modules themselves see it. Nothing read is ever committed.
 */
final class AiReads {
  /** A read of the state after one block, answered as the result. */
  @FunctionalInterface
  interface Read {
    Object apply(BlockHeader header, EvmWorld world);
  }

  /** A read that may answer an error of its own. */
  @FunctionalInterface
  interface Answer {
    JsonRpcResponse apply(BlockHeader header, EvmWorld world);
  }

  private AiReads() {}

  static JsonRpcResponse at(final BlockchainQueries queries, final WorldStateArchive worldState,
      final BlockParameter block, final Read read) {
    return answer(queries, worldState, block, (header, world) -> JsonRpcResponse.success(read.apply(header, world)));
  }

  static JsonRpcResponse answer(final BlockchainQueries queries, final WorldStateArchive worldState,
      final BlockParameter block, final Answer answer) {
    final Optional<BlockHeader> header = queries.header(block);
    if (header.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.RESOURCE_NOT_FOUND, "header not found");
    }
    if (!worldState.isAvailable(header.get().stateRoot())) {
      return unavailable(header.get(), header.get().stateRoot().toHexString());
    }
    try {
      return answer.apply(header.get(), new WorldUpdaterEvmWorld(worldState.updater(header.get().stateRoot())));
    } catch (MissingTrieNodeException e) {
      return unavailable(header.get(), e.node().toHexString());
    }
  }

  private static JsonRpcResponse unavailable(final BlockHeader header, final String node) {
    return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR,
        "missing trie node " + node + " (state not available for block " + header.number() + ")");
  }
}
