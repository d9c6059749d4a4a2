package io.tributary.rpc.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.methods.EthSubscribe;
import io.tributary.rpc.subscription.NewBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Compiles an {@code eth_subscribe("logs", filter)} filter: each new block yields its matching logs, as eth_getLogs. */
public final class LogsSubscriptionFilter implements EthSubscribe.LogsFilterCompiler {
  @Override
  public Function<NewBlock, List<Object>> compile(final JsonNode filter) {
    if (!filter.isObject()) {
      throw new InvalidJsonRpcParameters("invalid logs filter: expected an object with address and topics");
    }
    final LogFilter logFilter = LogFilter.parse(filter);
    return block -> new ArrayList<>(LogSearch.inBlock(block.block(), block.receipts(), logFilter));
  }
}
