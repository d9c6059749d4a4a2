package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Hash;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.trace.StructLogTracer;
import io.tributary.state.chain.AncestorHashes;
import io.tributary.state.chain.TransactionLocation;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.processing.TransactionProcessor;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import java.util.Optional;

/**
 * {@code debug_traceTransaction} with geth's default struct-log tracer: re-executes the transaction's block on its
 * parent's state up to the transaction, then runs it with a {@link StructLogTracer}. Answers {@code {gas, failed,
 * returnValue, structLogs}}; the options {@code disableStack}, {@code disableStorage}, {@code enableMemory} and
 * {@code enableReturnData} are geth's. Named tracers (callTracer, JavaScript) are not supported and say so.
 */
public final class DebugTraceTransaction implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  public DebugTraceTransaction(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.queries = queries;
    this.worldState = worldState;
    this.schedule = schedule;
  }

  /** geth's ExecutionResult of the struct logger. */
  public record TraceResult(long gas, boolean failed, String returnValue, List<StructLogTracer.StructLog> structLogs) {}

  @Override
  public String name() {
    return "debug_traceTransaction";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Hash hash = request.parameters().hash(0, "transaction hash");
    final StructLogTracer.Config config = config(request.parameters().optional(1));
    final Optional<TransactionLocation> location = queries.transactionLocation(hash);
    if (location.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "transaction " + hash + " not found");
    }
    final Block block = queries.block(location.get().blockHash()).orElseThrow();
    final BlockHeader parent = queries.chain().header(block.header().parentHash()).orElseThrow();
    if (!worldState.isAvailable(parent.stateRoot())) {
      return unavailable(parent, parent.stateRoot().toHexString());
    }
    try {
      final ProtocolSpec spec = schedule.specAt(block.header().number());
      final BlockContext context = BlockContext.of(block.header())
          .withBlockHashes(AncestorHashes.of(queries.chain(), parent));
      final WorldUpdater world = worldState.updater(parent.stateRoot());
      final TransactionProcessor plain = new TransactionProcessor(spec);
      final List<Transaction> txs = block.body().transactions();
      long gasUsed = 0;
      for (int i = 0; i < location.get().index(); i++) {
        gasUsed += plain.process(world, context, txs.get(i), context.gasLimit() - gasUsed).gasUsed();
      }
      final StructLogTracer tracer = new StructLogTracer(config);
      final TransactionProcessingResult result = new TransactionProcessor(spec, tracer).process(world, context,
          txs.get(location.get().index()), context.gasLimit() - gasUsed);
      if (result.isInvalid()) {
        return JsonRpcResponse.error(JsonRpcError.INTERNAL_ERROR, "re-executing " + hash + " found it invalid: "
            + result.validity().message());
      }
      return JsonRpcResponse.success(new TraceResult(result.gasUsed(), !result.success(),
          result.output().toUnprefixedHexString(), tracer.logs()));
    } catch (MissingTrieNodeException e) {
      return unavailable(parent, e.node().toHexString());
    }
  }

  private static StructLogTracer.Config config(final Optional<JsonNode> options) {
    if (options.isEmpty() || options.get().isNull()) {
      return StructLogTracer.Config.DEFAULT;
    }
    final JsonNode node = options.get();
    if (!node.isObject()) {
      throw new InvalidJsonRpcParameters("invalid trace options: expected an object");
    }
    final JsonNode tracer = node.get("tracer");
    if (tracer != null && !tracer.isNull() && !tracer.asText().isEmpty()
        && !"structLogger".equals(tracer.asText())) {
      throw new InvalidJsonRpcParameters("tracer " + tracer.asText() + " is not supported: only the default"
          + " struct logger is");
    }
    return new StructLogTracer.Config(flag(node, "disableStack"), flag(node, "disableStorage"),
        flag(node, "enableMemory"), flag(node, "enableReturnData"));
  }

  private static boolean flag(final JsonNode node, final String field) {
    final JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new InvalidJsonRpcParameters("invalid " + field + ": expected a boolean");
    }
    return value.asBoolean();
  }

  private static JsonRpcResponse unavailable(final BlockHeader header, final String node) {
    return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR,
        "missing trie node " + node + " (state not available for block " + header.number() + ")");
  }
}
