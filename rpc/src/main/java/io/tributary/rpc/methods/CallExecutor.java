package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.chain.AncestorHashes;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.CallSimulator;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.world.Account;
import io.tributary.state.world.WorldStateArchive;
import java.util.Optional;

/**
 * The shared path of eth_call and eth_estimateGas: parse the call object, find the block (geth's "header not
 * found") and its state (pruned: "missing trie node"), then let the method simulate as often as it needs, each time
 * on a fresh copy of that state in that block's context, as geth does.
 */
final class CallExecutor {
  /** geth's default --rpc.gascap: no call runs with more gas than this. */
  static final long RPC_GAS_CAP = 50_000_000L;

  /** Simulations of calls at one block. */
  interface Target {
    BlockHeader header();

    /** The balance of {@code account} in the block's state. */
    Wei balance(Address account);

    CallSimulator.Outcome simulate(CallSimulator.Call call);
  }

  @FunctionalInterface
  interface Body {
    JsonRpcResponse apply(CallParameter call, Target target);
  }

  private final BlockchainQueries queries;
  private final BlockResolver blocks;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  CallExecutor(final BlockchainQueries queries, final WorldStateArchive worldState, final ProtocolSchedule schedule) {
    this.queries = queries;
    this.blocks = queries.blockResolver();
    this.worldState = worldState;
    this.schedule = schedule;
  }

  JsonRpcResponse run(final JsonRpcRequest request, final Body body) {
    final CallParameter call = CallParameter.parse(request.parameters().required(0, "call object"));
    final Optional<BlockHeader> found = blocks.resolve(request.parameters().optional(1));
    if (found.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.RESOURCE_NOT_FOUND, "header not found");
    }
    final BlockHeader header = found.get();
    if (!worldState.isAvailable(header.stateRoot())) {
      return unavailable(header, header.stateRoot().toHexString());
    }
    final CallSimulator simulator = new CallSimulator(schedule.specAt(header.number()));
    // BLOCKHASH sees the block's ancestors, as it did when the chain ran them.
    final BlockContext context = BlockContext.of(header).withBlockHashes(AncestorHashes.of(queries.chain(), header));
    final Target target = new Target() {
      @Override
      public BlockHeader header() {
        return header;
      }

      @Override
      public Wei balance(final Address account) {
        return worldState.at(header.stateRoot()).account(account).map(Account::balance).orElse(Wei.ZERO);
      }

      @Override
      public CallSimulator.Outcome simulate(final CallSimulator.Call message) {
        return simulator.simulate(worldState.updater(header.stateRoot()), context, message);
      }
    };
    try {
      return body.apply(call, target);
    } catch (MissingTrieNodeException e) {
      return unavailable(header, e.node().toHexString());
    }
  }

  /** The gas a call runs with when it names none, or names more than the cap. */
  static long defaultGas(final BlockHeader header) {
    return Math.min(header.gasLimit(), RPC_GAS_CAP);
  }

  /** geth's answer for a call that did not succeed: code 3 with the revert data, or -32000 with the reason. */
  static JsonRpcResponse failure(final CallSimulator.Outcome outcome) {
    if (outcome.isInvalid()) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, outcome.validity().message());
    }
    final io.tributary.vm.ExecutionResult result = outcome.execution().orElseThrow();
    if (result.status() == io.tributary.vm.ExecutionResult.Status.REVERTED) {
      return reverted(result.output());
    }
    return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, result.haltReason().description());
  }

  static JsonRpcResponse reverted(final org.apache.tuweni.bytes.Bytes output) {
    final String message = RevertReason.decode(output).map(reason -> "execution reverted: " + reason)
        .orElse("execution reverted");
    return JsonRpcResponse.error(JsonRpcError.EXECUTION_REVERTED, message, output.toHexString());
  }

  private static JsonRpcResponse unavailable(final BlockHeader header, final String node) {
    return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR,
        "missing trie node " + node + " (state not available for block " + header.number() + ")");
  }
}
