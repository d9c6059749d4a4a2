package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.transaction.Transaction;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.subscription.NewBlock;
import io.tributary.rpc.subscription.SubscriptionManager;
import io.tributary.rpc.subscription.SubscriptionType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code eth_subscribe} over WebSocket: {@code newHeads} (each new head, as eth_getBlockByNumber prints its header),
 * {@code logs} (each new log matching a filter of address and topics) and {@code newPendingTransactions} (hashes).
 */
public final class EthSubscribe implements JsonRpcMethod {
  /** Turns a logs filter object into what a new block yields for it; throws InvalidJsonRpcParameters when bad. */
  @FunctionalInterface
  public interface LogsFilterCompiler {
    Function<NewBlock, List<Object>> compile(JsonNode filter);
  }

  private final SubscriptionManager subscriptions;
  private final Function<Block, Object> headRenderer;
  private final LogsFilterCompiler logsFilters;

  public EthSubscribe(final SubscriptionManager subscriptions, final Function<Block, Object> headRenderer,
      final LogsFilterCompiler logsFilters) {
    this.subscriptions = subscriptions;
    this.headRenderer = headRenderer;
    this.logsFilters = logsFilters;
  }

  @Override
  public String name() {
    return "eth_subscribe";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    if (request.session().push().isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.METHOD_NOT_FOUND,
          "notifications not supported: subscribe over a WebSocket connection");
    }
    final String kind = request.parameters().string(0, "subscription type");
    final SubscriptionType type = SubscriptionType.fromRpcName(kind)
        .orElseThrow(() -> new InvalidJsonRpcParameters("unsupported subscription type: " + kind
            + " (newHeads, logs, newPendingTransactions)"));
    final Function<NewBlock, List<Object>> none = block -> List.of();
    final Function<Transaction, List<Object>> noTx = tx -> List.of();
    final String id = switch (type) {
      case NEW_HEADS -> subscriptions.subscribe(type, request.session(),
          block -> List.of(headRenderer.apply(block.block())), noTx);
      case LOGS -> {
        final Optional<JsonNode> filter = request.parameters().optional(1);
        final Function<NewBlock, List<Object>> matcher = logsFilters.compile(
            filter.orElseGet(() -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        yield subscriptions.subscribe(type, request.session(), matcher, noTx);
      }
      case NEW_PENDING_TRANSACTIONS -> subscriptions.subscribe(type, request.session(), none,
          tx -> List.of(tx.hash().toHexString()));
    };
    return JsonRpcResponse.success(id);
  }
}
